package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkReader;

/** The weak-point rule alone, on the shipped 2566 framework: ranked by the points each would add. */
class WeakPointAnalysisTests {

    private static Framework framework() throws IOException {
        var file = Path.of("src/main/resources/frameworks/ita-2566.json");
        return new FrameworkReader().read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private static OfficialResult result(Map<String, Integer> iit, Map<String, OitVerdict> oit) {
        var figures = new java.util.LinkedHashMap<String, OfficialResult.QuestionFigure>();
        iit.forEach((id, score) -> figures.put(id, new OfficialResult.QuestionFigure(BigDecimal.valueOf(score), 30)));
        return new OfficialResult(Map.of("IIT", figures), oit, null, null);
    }

    private static java.util.List<WeakPoint> find(OfficialResult now, OfficialResult before) throws IOException {
        return WeakPointAnalysis.find(framework(), now.scoringInput("SAO", "S"), now, Optional.ofNullable(before), 85);
    }

    @Test
    void belowTheThresholdOrFallenAndRankedByGain() throws IOException {
        var now = result(
                Map.of("i1", 50, "i2", 84, "i3", 95, "i4", 90), Map.of("O1", OitVerdict.FAIL, "O2", OitVerdict.PASS));
        var before = result(Map.of("i1", 40, "i4", 99), Map.of("O1", OitVerdict.PASS));

        var weak = find(now, before);

        assertThat(weak).extracting(WeakPoint::id).containsExactlyInAnyOrder("i1", "i2", "i4", "O1");
        assertThat(weak).extracting(WeakPoint::gain).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var i1 = weak.stream().filter(w -> w.id().equals("i1")).findFirst().orElseThrow();
        var i2 = weak.stream().filter(w -> w.id().equals("i2")).findFirst().orElseThrow();
        assertThat(i1.gain()).isGreaterThan(i2.gain()).isPositive();
        assertThat(i1.belowThreshold()).isTrue();
        assertThat(i1.fell()).isFalse();
        var i4 = weak.stream().filter(w -> w.id().equals("i4")).findFirst().orElseThrow();
        assertThat(i4.belowThreshold()).isFalse();
        assertThat(i4.fell()).isTrue();
        assertThat(i4.previousScore()).isEqualTo(99.0);
        var o1 = weak.stream().filter(w -> w.id().equals("O1")).findFirst().orElseThrow();
        assertThat(o1.fell()).isTrue();
        assertThat(o1.previousScore()).isEqualTo(100.0);
    }

    @Test
    void nothingWeakWhenEverythingIsAtOrAboveTheThresholdAndNoneFell() throws IOException {
        var now = result(Map.of("i1", 85, "i2", 100), Map.of("O1", OitVerdict.PASS));

        assertThat(find(now, null)).isEmpty();
    }

    @Test
    void citedItemsReadThaiAndLatinCodes() {
        assertThat(WeakPointAnalysis.citedItems("ควรเผยแพร่ (อ้างอิงจาก ๐๑๑) ดู O28 และ ข้อ ๐๐๒"))
                .containsExactly("O11", "O2", "O28");
        assertThat(WeakPointAnalysis.citedItems(null)).isEmpty();
    }
}
