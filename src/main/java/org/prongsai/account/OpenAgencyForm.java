package org.prongsai.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.NewAgencyForm;

/** An operator opens an agency and names its first administrator in one step. */
public record OpenAgencyForm(
        @NotBlank(message = "{agency.validation.slug.required}")
                @Pattern(regexp = "^$|^[a-z0-9][a-z0-9-]{1,62}$", message = "{agency.validation.slug.invalid}")
                String slug,
        @Pattern(regexp = "^$|^[a-z0-9.-]{3,253}$", message = "{agency.validation.host.invalid}") String host,
        @NotBlank(message = "{agency.validation.name-th.required}") @Size(max = 300, message = "{validation.too-long}")
                String nameTh,
        @Size(max = 300, message = "{validation.too-long}") String nameEn,
        @NotNull(message = "{agency.validation.kind.required}") AgencyKind kind,
        @NotBlank(message = "{agency.validation.size.required}")
                @Pattern(regexp = "^$|^[SML]$", message = "{agency.validation.size.invalid}")
                String size,
        @Size(max = 100, message = "{validation.too-long}") String province,
        @NotBlank(message = "{account.validation.username.required}")
                @Pattern(regexp = "^$|^[a-z0-9._-]{3,60}$", message = "{account.validation.username.invalid}")
                String adminUsername,
        @NotBlank(message = "{account.validation.display-name.required}")
                @Size(max = 200, message = "{validation.too-long}")
                String adminName,
        @NotBlank(message = "{account.validation.password.required}")
                @Size(max = 200, message = "{validation.too-long}")
                String adminPassword) {

    static OpenAgencyForm empty() {
        return new OpenAgencyForm("", "", "", "", AgencyKind.SAO, "M", "", "admin", "", "");
    }

    NewAgencyForm agency() {
        return new NewAgencyForm(slug, host, nameTh, nameEn, kind, size, province);
    }
}
