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

    /** The value as it is shown and graded: two decimals, halves up (null when unknown). */
    @com.fasterxml.jackson.annotation.JsonProperty("shown")
    public Double shown() {
        return value == null ? null : org.prongsai.framework.Grades.shown(value);
    }
}
