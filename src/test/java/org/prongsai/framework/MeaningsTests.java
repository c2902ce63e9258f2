package org.prongsai.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evidence Prongsai makes follows an item's meaning through the NACC's renumberings: the shipped files
 * say, year by year, which item is about what.
 */
class MeaningsTests {

    private static Framework shipped(int year) {
        try {
            var file = java.nio.file.Path.of("src/main/resources/frameworks/ita-" + year + ".json");
            return new FrameworkReader().read(file.toString(), java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> items(int year, String meaning) {
        return shipped(year).itemsMeaning(meaning).stream().map(OitItem::id).toList();
    }

    @Test
    void eachYearsItemCarriesTheEvidenceOfItsMeaning() {
        var expected = Map.of(
                "improvement-plan", List.of("O42", "O42", "", "O25", "O25"),
                "improvement-report", List.of("O43", "O43", "", "O26", "O26"),
                "executives", List.of("O2", "O2", "O2", "", ""),
                "structure", List.of("O1", "O1", "O1", "O1", "O1"),
                "duties", List.of("O3", "O3", "O1", "O1", "O1"),
                "contact", List.of("O5", "O5", "O3", "O3", "O3"),
                "qa", List.of("O8", "O8", "O3", "O3", "O3"),
                "news", List.of("O7", "O7", "O4", "O4", "O4"),
                "development-plan", List.of("O4", "O4", "", "O5", "O5"),
                "complaint-channel", List.of("O28", "O28", "O18", "O17", "O17"));
        var years = List.of(2566, 2567, 2568, 2569, 2570);
        expected.forEach((meaning, ids) -> {
            for (int i = 0; i < years.size(); i++) {
                var want = ids.get(i).isEmpty() ? List.<String>of() : List.of(ids.get(i));
                assertThat(items(years.get(i), meaning))
                        .as(meaning + " in " + years.get(i))
                        .isEqualTo(want);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2566, 2567, 2568, 2569, 2570})
    void anItemWhoseNameIsNotKnownIsMarkedSoAndGetsNoGuessedMeaning(int year) {
        var framework = shipped(year);
        for (var item : framework.oitItems()) {
            assertThat(item.provenance().confidence()).as(item.id()).isNotBlank();
            if (item.name().th().contains("ไม่ทราบชื่อ")) {
                assertThat(item.meanings()).as(item.id()).isEmpty();
                assertThat(item.provenance().confidence()).isIn("unknown", "low");
            } else {
                assertThat(item.meanings()).as(item.id()).isNotEmpty();
                assertThat(item.name().en()).as(item.id()).isNotBlank();
            }
            if (!item.requiredElements().isEmpty()) {
                assertThat(item.elementsProvenance()).as(item.id()).isNotNull();
            }
        }
    }

    @Test
    void theRenumberedYearsListTwentySixItemsAnd2570SaysItIsACopy() {
        assertThat(shipped(2566).oitItems()).hasSize(43);
        assertThat(shipped(2567).oitItems()).hasSize(43);
        assertThat(shipped(2568).oitItems()).hasSize(26);
        assertThat(shipped(2569).oitItems()).hasSize(26);
        var f2570 = shipped(2570);
        assertThat(f2570.oitItems()).hasSize(26);
        assertThat(f2570.provenance().confidence()).isEqualTo("copied, not verified");
        // 2567's 21 items with known elements carry them with their own sources.
        var f2567 = shipped(2567);
        assertThat(f2567.oitItems().stream()
                        .filter(o -> o.elementsProvenance() != null
                                && o.elementsProvenance().source().contains("oit-2567-elements.json")))
                .hasSize(21);
        assertThat(f2567.oitItem("O19").orElseThrow().requiredElements()).hasSize(2);
    }
}
