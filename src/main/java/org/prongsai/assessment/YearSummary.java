package org.prongsai.assessment;

import java.util.Map;

/** One fiscal year at a glance, for the trend chart: the official total and the engine's, with the grade. */
public record YearSummary(
        int fiscalYear, Double officialTotal, Double computedTotal, String grade, Map<Integer, Double> indicators) {}
