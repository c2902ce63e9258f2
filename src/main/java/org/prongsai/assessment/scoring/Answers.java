package org.prongsai.assessment.scoring;

import java.util.List;

/**
 * What is known of one question in one channel: either the counts of each answer (one row per sub-item, one
 * column per answer of the scale, with how many said "not applicable"), or a score already computed by the
 * NACC, with the number of respondents if known.
 */
public record Answers(List<long[]> counts, List<Long> notApplicable, Double score, Long respondents) {

    public static Answers ofCounts(long[]... perSubItem) {
        return new Answers(List.of(perSubItem), null, null, null);
    }

    public static Answers ofScore(double score, Long respondents) {
        return new Answers(null, null, score, respondents);
    }

    public boolean hasCounts() {
        return counts != null;
    }
}
