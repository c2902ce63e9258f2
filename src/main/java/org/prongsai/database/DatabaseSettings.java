package org.prongsai.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prongsai.database.*}: leave the URL empty for the embedded PostgreSQL kept under the data folder;
 * set it to use an external server instead. The embedded server is durable (every acknowledged commit is on
 * disk) unless {@code embedded-durable} is false, which only throwaway test databases should use.
 */
@ConfigurationProperties("prongsai.database")
public record DatabaseSettings(
        String url, String username, String password, Integer embeddedPort, Boolean embeddedDurable) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public boolean durable() {
        return embeddedDurable == null || embeddedDurable;
    }
}
