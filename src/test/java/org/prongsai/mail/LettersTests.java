package org.prongsai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every e-mail's words come from its template, Thai first then English, with the values as given. */
class LettersTests {

    private final Letters letters = new Letters();

    @Test
    void aMeasureLateLetterNamesTheMeasureItsUnitAndBothDates() {
        var letter = letters.write(
                "measure-late",
                Map.of(
                        "measure", "ประชุมชี้แจง <งบประมาณ> \"ประจำเดือน\"",
                        "unit", "กองคลัง",
                        "dueThai", "๓๑ มีนาคม ๒๕๗๐",
                        "due", LocalDate.of(2027, 3, 31)));
        assertThat(letter.subject()).isEqualTo("[Prongsai] มาตรการเกินกำหนด: ประชุมชี้แจง <งบประมาณ> \"ประจำเดือน\"");
        // Text, not HTML: the name is not escaped.
        assertThat(letter.body())
                .startsWith(
                        "มาตรการ \"ประชุมชี้แจง <งบประมาณ> \"ประจำเดือน\"\" ของกองคลัง ครบกำหนดเมื่อ ๓๑ มีนาคม ๒๕๗๐")
                .contains("\n\nThe measure \"ประชุมชี้แจง <งบประมาณ> \"ประจำเดือน\"\" was due on 2027-03-31");
    }

    @Test
    void everyLetterHasASubjectAndABodyInBothLanguages() {
        var values = Map.<String, Object>of(
                "measure", "m",
                "unit", "u",
                "dueThai", "๑ ตุลาคม ๒๕๖๙",
                "due", LocalDate.of(2026, 10, 1),
                "number", 42,
                "acknowledgeByThai", "๕ ธันวาคม ๒๕๖๙",
                "acknowledgeBy", LocalDate.of(2026, 12, 5));
        for (var template : new String[] {"measure-late", "measure-due", "report-received", "report-late"}) {
            var letter = letters.write(template, values);
            assertThat(letter.subject()).as(template).startsWith("[Prongsai] ").doesNotContain("\n");
            assertThat(letter.body()).as(template).containsPattern("[ก-๛]").containsPattern("\n\n[A-Z]");
            assertThat(letter.subject() + letter.body())
                    .as(template)
                    .doesNotContain("${")
                    .doesNotContain("[(");
        }
        assertThat(letters.write("report-late", values).body()).contains("#42").contains("๕ ธันวาคม ๒๕๖๙");
    }

    @Test
    void aTemplateThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> letters.write("no-such-letter", Map.of())).hasMessageContaining("no-such-letter");
    }
}
