package org.prongsai.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** A new or changed account. The password is asked only when an account is created. */
public record StaffAccountForm(
        @NotBlank(message = "{account.validation.username.required}")
                @Pattern(regexp = "^$|^[a-z0-9._-]{3,60}$", message = "{account.validation.username.invalid}")
                String username,
        @NotBlank(message = "{account.validation.display-name.required}")
                @Size(max = 200, message = "{validation.too-long}")
                String displayName,
        @Size(max = 200, message = "{validation.too-long}") String position,
        @Email(message = "{validation.email.invalid}") @Size(max = 254, message = "{validation.too-long}") String email,
        UUID unitId,
        @NotEmpty(message = "{account.validation.roles.required}") Set<Role> roles,
        boolean enabled,
        @Size(max = 200, message = "{validation.too-long}") String password) {

    public static StaffAccountForm empty() {
        return new StaffAccountForm("", "", "", "", null, Set.of(Role.STAFF), true, "");
    }

    static StaffAccountForm of(StaffAccount a) {
        return new StaffAccountForm(
                a.username(), a.displayName(), a.position(), a.email(), a.unitId(), a.roles(), a.enabled(), "");
    }
}
