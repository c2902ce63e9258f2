package org.prongsai.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prongsai.database.*}: leave the URL empty for the embedded PostgreSQL kept under the data folder;
 * set it to use an external server instead.
 */
@ConfigurationProperties("prongsai.database")
public record DatabaseSettings(String url, String username, String password, Integer embeddedPort) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
