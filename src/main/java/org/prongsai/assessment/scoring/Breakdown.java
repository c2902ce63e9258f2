package org.prongsai.assessment.scoring;

import java.util.List;
import java.util.Map;
import org.prongsai.framework.Ratings;

/**
 * Every score the engine computed, from the questions up to the total. Question scores are kept per channel
 * ({@code IIT}, {@code EP}, {@code ES}) and combined for the EIT ({@code EIT}).
 */
public record Breakdown(
        int fiscalYear,
        Score total,
        String grade,
        boolean passed,
        Map<String, Score> tools,
        Map<Integer, Score> indicators,
        Map<String, Score> subIndicators,
        Map<String, Map<String, Score>> questions,
        Map<String, Score> oitItems,
        List<Problem> warnings,
        Ratings.Rating rating) {}
