package org.prongsai.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code prongsai.tenancy.mode}: {@code single} (one agency, the default), {@code host} (each agency on its
 * own host name) or {@code path} (each agency under {@code /a/<slug>/}).
 */
@ConfigurationProperties("prongsai.tenancy")
public record TenancySettings(@DefaultValue("single") Mode mode) {

    public enum Mode {
        SINGLE,
        HOST,
        PATH
    }
}
