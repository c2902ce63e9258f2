package org.prongsai.assessment;

import java.util.Map;
import org.prongsai.framework.Ratings;

/**
 * A year's result as the agency shows it: the published total (or the computed one), its grade and, from 2568,
 * the level beside it ({@code rating}, null before), and the indicators.
 */
public record YearSummary(
        int fiscalYear,
        Double officialTotal,
        Double computedTotal,
        String grade,
        Map<Integer, Double> indicators,
        Ratings.Rating rating) {

    /** The total shown: the published one when there is one, to two decimals. */
    public Double shownTotal() {
        var total = officialTotal != null ? officialTotal : computedTotal;
        return total == null ? null : org.prongsai.framework.Grades.shown(total);
    }
}
