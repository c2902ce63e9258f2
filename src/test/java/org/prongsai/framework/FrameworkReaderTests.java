package org.prongsai.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkReaderTests {

    static final Path FILES = Path.of("src/main/resources/frameworks");
    final FrameworkReader reader = new FrameworkReader();

    static String shipped(int year) throws IOException {
        return Files.readString(FILES.resolve("ita-" + year + ".json"));
    }

    Framework read(String json) {
        return reader.read("ita-test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {2566, 2567, 2568, 2569, 2570})
    void readsEveryShippedFramework(int year) throws IOException {
        var framework = read(shipped(year));
        assertThat(framework.fiscalYear()).isEqualTo(year);
        assertThat(framework.questions()).hasSize(45);
        // 2568 renumbered the checklist: 26 items seen, against 43 before.
        assertThat(framework.oitItems()).hasSize(year < 2568 ? 43 : 26);
        assertThat(framework.indicators()).hasSize(10);
        assertThat(framework.tools()).extracting(Tool::weight).containsExactly(30.0, 30.0, 40.0);
    }

    @Test
    void knowsHowEachQuestionScores() throws IOException {
        var f = read(shipped(2566));
        assertThat(f.pointsOf(f.question("i7").orElseThrow())).containsExactly(0, 33.33, 66.67, 100);
        assertThat(f.pointsOf(f.question("i9").orElseThrow())).as("reverse").containsExactly(100, 66.67, 33.33, 0);
        assertThat(f.pointsOf(f.question("i4").orElseThrow())).as("yes is bad").containsExactly(0, 100);
        assertThat(f.pointsOf(f.question("e10").orElseThrow()))
                .as("yes is good")
                .containsExactly(100, 0);
        assertThat(f.question("i7").orElseThrow().recommendation().th()).contains("แผนการใช้จ่ายงบประมาณประจำปี");
        assertThat(f.itemsOf(9)).hasSize(30);
        assertThat(f.itemsOf(10)).hasSize(13);
        assertThat(f.grades().gradeOf(95)).isEqualTo("AA");
        assertThat(f.grades().gradeOf(84.99)).isEqualTo("B");
        assertThat(f.grades().gradeOf(12)).isEqualTo("F");
    }

    @Test
    void namesTheFieldOfAnUnknownProperty() throws IOException {
        var broken = shipped(2566).replaceFirst("\"subItems\"", "\"subItemz\"");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("ita-test.json")
                .hasMessageContaining("questions[0]")
                .hasMessageContaining("subItemz");
        var missing = shipped(2566).replaceFirst("\"passMark\"", "\"passMarc\"");
        assertThatThrownBy(() -> read(missing))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("passMar");
    }

    @Test
    void namesThePlaceOfAWrongValue() throws IOException {
        var broken = shipped(2566).replaceFirst("\"direction\": \"REVERSE\"", "\"direction\": \"BACKWARDS\"");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("questions[8]")
                .hasMessageContaining("direction");
    }

    @Test
    void refusesAQuestionOfAnIndicatorThatDoesNotExist() throws IOException {
        var broken = shipped(2566).replaceFirst("\"indicator\": 1,", "\"indicator\": 11,");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("questions[0] (i1)")
                .hasMessageContaining("'indicator'")
                .hasMessageContaining("unknown indicator 11");
    }

    @Test
    void refusesGradeBandsOutOfOrder() throws IOException {
        var broken = shipped(2566).replaceFirst("\"minimum\": 85.0", "\"minimum\": 99.0");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("grades.bands[1]")
                .hasMessageContaining("from the best grade down");
    }

    @Test
    void givesTheLineOfBrokenJson() {
        assertThatThrownBy(() -> read("{\n  \"schema\": 1,\n  \"fiscalYear\": ,\n}"))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("line 3");
    }
}
