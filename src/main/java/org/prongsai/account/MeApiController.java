package org.prongsai.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who a token or session acts as, and for which agency; a first call for API users. */
@RestController
@Tag(name = "me", description = "Who the token acts for")
class MeApiController {

    private final AgencyManagement agencies;

    MeApiController(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    record Me(UUID userId, String username, String displayName, List<Role> roles, UUID agencyId, String agencyName) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "The person and agency the token or session acts for")
    Me me(@AuthenticationPrincipal StaffPrincipal staff) {
        var agency = agencies.get(staff.agencyId());
        return new Me(
                staff.userId(),
                staff.username(),
                staff.displayName(),
                staff.roles().stream().sorted().toList(),
                agency.id(),
                agency.nameTh());
    }
}
