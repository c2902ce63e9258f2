package org.prongsai.account;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do. Roles with access to identities or assets must use two-factor sign-in. */
public enum Role {
    OPERATOR,
    ADMIN,
    ITA_OFFICER,
    EXECUTIVE,
    UNIT_HEAD,
    STAFF,
    INVESTIGATOR,
    CUSTODIAN,
    ASSESSOR;

    private static final Set<Role> TWO_FACTOR = EnumSet.of(OPERATOR, ADMIN, INVESTIGATOR, CUSTODIAN);

    public boolean requiresTwoFactor() {
        return TWO_FACTOR.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
