package org.prongsai.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A staff account as administrators see it: never the password hash or the TOTP secret. */
public record StaffAccount(
        UUID id,
        String username,
        String displayName,
        String position,
        String email,
        UUID unitId,
        Set<Role> roles,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil,
        boolean totpEnabled,
        boolean mustChangePassword) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
