package org.prongsai.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator may change of the agency's profile. */
public record AgencyProfileForm(
        @NotBlank(message = "{agency.validation.name-th.required}") @Size(max = 300, message = "{validation.too-long}")
                String nameTh,
        @Size(max = 300, message = "{validation.too-long}") String nameEn,
        @NotNull(message = "{agency.validation.kind.required}") AgencyKind kind,
        @NotBlank(message = "{agency.validation.size.required}")
                @Pattern(regexp = "[SML]", message = "{agency.validation.size.invalid}")
                String size,
        @Size(max = 100, message = "{validation.too-long}") String province,
        @Size(max = 100, message = "{validation.too-long}") String district,
        @Size(max = 100, message = "{validation.too-long}") String subdistrict,
        @Size(max = 500, message = "{validation.too-long}") String address,
        @Pattern(regexp = "^$|^[0-9]{5}$", message = "{agency.validation.postcode.invalid}") String postcode,
        @Pattern(regexp = PHONE, message = "{validation.phone.invalid}") String phone,
        @Pattern(regexp = PHONE, message = "{validation.phone.invalid}") String fax,
        @Email(message = "{validation.email.invalid}") @Size(max = 254, message = "{validation.too-long}") String email,
        @Pattern(regexp = URL, message = "{validation.url.invalid}") @Size(max = 300, message = "{validation.too-long}")
                String website,
        @Pattern(regexp = URL, message = "{validation.url.invalid}") @Size(max = 300, message = "{validation.too-long}")
                String facebook,
        @Size(max = 100, message = "{validation.too-long}") String lineId,
        @Pattern(regexp = URL, message = "{validation.url.invalid}") @Size(max = 300, message = "{validation.too-long}")
                String youtube,
        @Size(max = 200, message = "{validation.too-long}") String chiefName,
        @Size(max = 200, message = "{validation.too-long}") String chiefTitle,
        @Size(max = 200, message = "{validation.too-long}") String clerkName,
        @Size(max = 200, message = "{validation.too-long}") String clerkTitle) {

    /** Thai numbers as people write them: 0 4412 3456, 044-123456, +66 44 123 456, with "ต่อ 12" or "ext 12". */
    public static final String PHONE = "^$|^\\+?[0-9][0-9 -]{7,18}[0-9]( ?(ต่อ|ext\\.?) ?[0-9]{1,5})?$";

    public static final String URL = "^$|^https?://[^\\s<>\"']{3,290}$";

    public static AgencyProfileForm of(Agency a) {
        return new AgencyProfileForm(
                a.nameTh(),
                a.nameEn(),
                a.kind(),
                a.size(),
                a.province(),
                a.district(),
                a.subdistrict(),
                a.address(),
                a.postcode(),
                a.phone(),
                a.fax(),
                a.email(),
                a.website(),
                a.facebook(),
                a.lineId(),
                a.youtube(),
                a.chiefName(),
                a.chiefTitle(),
                a.clerkName(),
                a.clerkTitle());
    }
}
