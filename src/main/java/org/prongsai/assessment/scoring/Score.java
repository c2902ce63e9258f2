package org.prongsai.assessment.scoring;

/**
 * A score with the formula that produced it, shown to people next to the number. {@code value} is null when
 * there was nothing to score.
 */
public record Score(Double value, String formula, long respondents) {

    public static Score none(String formula) {
        return new Score(null, formula, 0);
    }

    public boolean known() {
        return value != null;
    }
}
