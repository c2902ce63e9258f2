package org.prongsai.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 2568's levels beside the score, as the news reported them, from the shipped data. */
class RatingsTests {

    private static Ratings ratings(int year) throws Exception {
        var file = Path.of("src/main/resources/frameworks/ita-" + year + ".json");
        return new FrameworkReader()
                .read(file.toString(), Files.readAllBytes(file))
                .ratings();
    }

    @Test
    void anAgencyAt9464WithItsEitUnder85IsRatedPassNotGood() throws Exception {
        var r = ratings(2568);
        var rating = r.rate(94.64, Map.of("IIT", 97.0, "EIT", 84.9, "OIT", 98.0));
        assertThat(rating.level().code()).isEqualTo("PASS");
        assertThat(rating.level().name().th()).isEqualTo("ผ่าน");
        assertThat(r.rate(94.64, Map.of("IIT", 97.0, "EIT", 88.0, "OIT", 98.0))
                        .level()
                        .name()
                        .th())
                .isEqualTo("ผ่านดี");
        assertThat(r.rate(99.06, Map.of("IIT", 99.0, "EIT", 99.0, "OIT", 99.0))
                        .level()
                        .name()
                        .th())
                .isEqualTo("ผ่านดีเยี่ยม");
        assertThat(r.rate(80.0, Map.of("IIT", 80.0, "EIT", 80.0, "OIT", 80.0))
                        .level()
                        .code())
                .isEqualTo("FAIL");
        // Some thresholds are inferred (low confidence): the level says it is provisional.
        assertThat(rating.provisional()).isTrue();
    }

    @Test
    void yearsBefore2568HaveNoLevelsAnd2569And2570CarryThemAsCopies() throws Exception {
        assertThat(ratings(2566)).isNull();
        assertThat(ratings(2567)).isNull();
        assertThat(ratings(2569).provenance().confidence()).isEqualTo("low");
        assertThat(ratings(2570).levels()).hasSize(3);
    }
}
