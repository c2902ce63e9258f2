package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.support.StaticMessageSource;

class RefusalProblemsTests {

    @Test
    void answersARefusalAsAProblemInBothLanguagesNamingTheField() {
        var messages = new StaticMessageSource();
        messages.addMessage("account.token.days.invalid", ThaiFormat.THAI, "อายุโทเคนต้องเป็น {0} วัน");
        messages.addMessage("account.token.days.invalid", Locale.ENGLISH, "A token lasts {0} days");

        var problem = new RefusalProblems(messages).refuse(new Refusal("days", "account.token.days.invalid", 90));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("อายุโทเคนต้องเป็น 90 วัน");
        assertThat(problem.getTitle()).isEqualTo("A token lasts 90 days");
        assertThat(problem.getProperties())
                .containsEntry("field", "days")
                .containsEntry("key", "account.token.days.invalid");
    }

    @Test
    void aRefusalWithoutArgumentsOrFieldIsStillWhole() {
        var refusal = new Refusal(null, "disclosure.evidence.empty", (Object[]) null);
        assertThat(refusal.arguments()).isEmpty();
        assertThat(refusal.argument()).isEmpty();
        assertThat(refusal.getCodes()).containsExactly("disclosure.evidence.empty");
    }
}
