package org.prongsai.account;

/** The authority held between a right password and a right TOTP code: it opens only the code pages. */
final class SecondFactor {

    static final String PENDING = "SECOND_FACTOR_PENDING";

    private SecondFactor() {}
}
