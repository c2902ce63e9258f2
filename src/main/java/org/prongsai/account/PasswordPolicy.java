package org.prongsai.account;

import org.prongsai.shared.Refusal;

/** Long enough to resist guessing, and not the username; length beats composition rules (NIST SP 800-63B). */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 200;

    private PasswordPolicy() {}

    static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new Refusal("password", "account.validation.password.too-short");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new Refusal("password", "validation.too-long");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new Refusal("password", "account.validation.password.contains-username");
        }
    }
}
