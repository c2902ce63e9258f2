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
        // Locked as of the moment it was read, by the application's clock.
        boolean locked,
        boolean totpEnabled,
        boolean mustChangePassword) {}
