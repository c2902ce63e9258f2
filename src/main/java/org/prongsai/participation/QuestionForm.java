package org.prongsai.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a citizen sends. {@code website} is a trap field people never see; bots fill it in. */
public record QuestionForm(
        @Size(max = 100, message = "{validation.too-long}") String name,
        @NotBlank(message = "{participation.question.required}")
                @Size(min = 10, max = 2000, message = "{participation.question.length}")
                String question,
        String website) {

    public static QuestionForm empty() {
        return new QuestionForm("", "", "");
    }
}
