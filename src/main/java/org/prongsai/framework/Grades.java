package org.prongsai.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Grade bands (AA ≥ 95 … F) and the pass mark. The NACC publishes scores to two decimals and grades what it
 * publishes, so a score is graded as it is shown: 84.995 is shown 85.00, graded A and passes.
 */
public record Grades(List<Band> bands, double passMark, Provenance provenance) {

    public record Band(String grade, double minimum) {}

    /** A score as it is shown and graded: to two decimals, halves up, as written in decimal (84.995 → 85.00). */
    public static double shown(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The best band whose minimum the shown score reaches. */
    public String gradeOf(double score) {
        double shown = shown(score);
        return bands.stream()
                .sorted(Comparator.comparingDouble(Band::minimum).reversed())
                .filter(b -> shown >= b.minimum())
                .map(Band::grade)
                .findFirst()
                .orElse(bands.get(bands.size() - 1).grade());
    }

    public boolean passes(double score) {
        return shown(score) >= passMark;
    }
}
