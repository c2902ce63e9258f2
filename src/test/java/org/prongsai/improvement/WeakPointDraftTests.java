package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prongsai.assessment.WeakPoint;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkReader;
import org.prongsai.framework.Text;

/** The draft's rule alone, on the shipped 2568 framework: no database, no application. */
class WeakPointDraftTests {

    private static Framework framework() throws IOException {
        var file = Path.of("src/main/resources/frameworks/ita-2568.json");
        return new FrameworkReader().read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private static WeakPoint weak(String channel, String id, int indicator, String recommendation) {
        return new WeakPoint(
                channel,
                id,
                indicator,
                Text.of("ข้อความของ " + id),
                60,
                null,
                1,
                true,
                false,
                recommendation == null ? null : Text.of(recommendation),
                List.of());
    }

    @Test
    void groupsByToolThenIndicatorAndCountsQuestionsAsPeopleDo() throws IOException {
        var weak = List.of(
                weak("ES", "e10", 6, "ควรติดป้าย"),
                weak("OIT", "O11", 9, "ควรเผยแพร่แผน"),
                weak("IIT", "i7", 2, null),
                weak("ES", "e2", 6, null),
                weak("EP", "e6", 7, null));

        var rows = WeakPointDraft.rows(framework(), weak, false);

        assertThat(rows).extracting(PlanDocument.Row::tool).containsExactly("IIT", "EIT-EP", "EIT-ES", "EIT-ES", "OIT");
        assertThat(rows).extracting(PlanDocument.Row::reference).containsExactly("i7", "e6", "e2", "e10", "O11");
        assertThat(rows.get(0).assessment()).isEqualTo("ข้อ 7 ข้อความของ i7");
        assertThat(rows.get(1).assessment()).isEqualTo("ข้อ EP 6 ข้อความของ e6");
        assertThat(rows.get(4).assessment()).isEqualTo("O11 ข้อความของ O11");
        assertThat(rows.get(3).issue()).isEqualTo("ควรติดป้าย");
        assertThat(rows.get(0).issue()).isEmpty();
        assertThat(rows.get(0).indicatorLabel()).isEqualTo("ตัวชี้วัดที่ 2 การใช้งบประมาณ");
    }

    @Test
    void keepsTheStandardOnceForEachIndicatorWithNoWeakPointWhenAsked() throws IOException {
        var rows = WeakPointDraft.rows(framework(), List.of(weak("IIT", "i7", 2, null)), true);

        var keep = rows.stream()
                .filter(r -> "ควรรักษามาตรฐานไว้".equals(r.assessment()))
                .toList();
        // Ten indicators less the one with a weak point; the EIT's three are kept once (on EP), not twice.
        assertThat(keep).hasSize(9);
        assertThat(keep).extracting(PlanDocument.Row::tool).doesNotContain("EIT-ES");
        assertThat(rows).extracting(PlanDocument.Row::reference).containsOnlyOnce("i7");
    }

    @Test
    void aWholeIndicatorIsCitedAsTheIndicator() throws IOException {
        var rows = WeakPointDraft.rows(framework(), List.of(weak("OIT", WeakPoint.INDICATOR + "10", 10, null)), false);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.assessment())
                .startsWith("ตัวชี้วัดที่ 10"));
    }

    @Test
    void questionNumbersOrderAsCounted() {
        assertThat(WeakPointDraft.questionNumber("e10")).isGreaterThan(WeakPointDraft.questionNumber("e6"));
        assertThat(WeakPointDraft.questionNumber("O24")).isEqualTo(24);
        assertThat(WeakPointDraft.questionNumber(null)).isEqualTo(Integer.MAX_VALUE);
        assertThat(WeakPointDraft.questionNumber("e12345678")).isEqualTo(Integer.MAX_VALUE);
    }
}
