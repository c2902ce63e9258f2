package org.prongsai.shared;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: implemented by the signed-in staff principal so that any module can name the actor. */
public interface StaffIdentity {

    AgencyId agencyId();

    UUID userId();

    String displayName();

    static Optional<StaffIdentity> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffIdentity staff) {
            return Optional.of(staff);
        }
        return Optional.empty();
    }
}
