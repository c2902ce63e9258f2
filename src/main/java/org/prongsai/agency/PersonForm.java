package org.prongsai.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PersonForm(
        @NotNull(message = "{agency.person.side.required}") Person.Side side,
        @NotBlank(message = "{agency.person.name.required}") @Size(max = 200, message = "{validation.too-long}")
                String name,
        @NotBlank(message = "{agency.person.position.required}") @Size(max = 200, message = "{validation.too-long}")
                String position,
        @Pattern(regexp = AgencyProfileForm.PHONE, message = "{validation.phone.invalid}") String phone,
        @Email(message = "{validation.email.invalid}") @Size(max = 254, message = "{validation.too-long}") String email,
        @Min(0) @Max(999) int sortOrder) {

    public static PersonForm empty() {
        return new PersonForm(Person.Side.POLITICAL, "", "", "", "", 1);
    }
}
