package org.prongsai.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

public record NewsForm(
        @NotBlank(message = "{news.title.required}") @Size(max = 300, message = "{validation.too-long}") String title,
        @NotBlank(message = "{news.body.required}") @Size(max = 20000, message = "{validation.too-long}") String body,
        @NotNull(message = "{news.date.required}") LocalDate publishedOn,
        UUID unitId) {}
