package org.prongsai.framework;

import java.util.Comparator;
import java.util.List;

/** Grade bands (AA ≥ 95 … F) and the pass mark. */
public record Grades(List<Band> bands, double passMark, Provenance provenance) {

    public record Band(String grade, double minimum) {}

    /** The best band whose minimum the score reaches. */
    public String gradeOf(double score) {
        return bands.stream()
                .sorted(Comparator.comparingDouble(Band::minimum).reversed())
                .filter(b -> score >= b.minimum())
                .map(Band::grade)
                .findFirst()
                .orElse(bands.get(bands.size() - 1).grade());
    }

    public boolean passes(double score) {
        return score >= passMark;
    }
}
