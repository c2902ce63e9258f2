package org.prongsai.agency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record UnitForm(
        @NotBlank(message = "{agency.validation.unit-name.required}")
                @Size(max = 200, message = "{validation.too-long}")
                String nameTh,
        @Size(max = 200, message = "{validation.too-long}") String nameEn,
        @Size(max = 200, message = "{validation.too-long}") String headName,
        @Size(max = 200, message = "{validation.too-long}") String headTitle,
        @Min(0) @Max(999) int sortOrder) {}
