package org.prongsai.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, kept in the (database-backed) session; it holds no password after sign-in. */
public record StaffPrincipal(
        AgencyId agencyId,
        UUID userId,
        String username,
        String displayName,
        Set<Role> roles,
        String passwordHash,
        boolean enabled,
        boolean locked,
        boolean totpEnabled,
        boolean mustChangePassword)
        implements UserDetails, StaffIdentity, Serializable {

    /** The person acting in this request, when a person is (not the system, not an anonymous citizen). */
    static java.util.Optional<StaffPrincipal> current() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal staff
                ? java.util.Optional.of(staff)
                : java.util.Optional.empty();
    }

    public boolean needsSecondFactor() {
        return totpEnabled || roles.stream().anyMatch(Role::requiresTwoFactor);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    StaffPrincipal withoutPassword() {
        return new StaffPrincipal(
                agencyId, userId, username, displayName, roles, null, enabled, locked, totpEnabled, mustChangePassword);
    }

    StaffPrincipal withTotpEnabled() {
        return new StaffPrincipal(
                agencyId, userId, username, displayName, roles, null, enabled, locked, true, mustChangePassword);
    }

    StaffPrincipal withPasswordChanged() {
        return new StaffPrincipal(
                agencyId, userId, username, displayName, roles, null, enabled, locked, totpEnabled, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    List<GrantedAuthority> pendingAuthorities() {
        return List.of(new SimpleGrantedAuthority(SecondFactor.PENDING));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
