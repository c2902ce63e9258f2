package org.prongsai.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a year on English pages. Thai fiscal years are Buddhist-Era years and English dates are
 * Christian-Era, so every English text that names a fiscal year gives both: "FY 2567 (2023–24)", the year that
 * runs from October 2023 to September 2024. Applied to every English message, so no text can forget it.
 */
final class EnglishYears {

    // "fiscal year 2567", "Fiscal year 2567" or "FY 2567", not already followed by its Christian-Era span.
    private static final Pattern FISCAL_YEAR =
            Pattern.compile("\\b(?:[Ff]iscal year|FY) (2[5-7][0-9]{2})\\b(?! \\([0-9]{4}–)");

    private EnglishYears() {}

    static String write(String text) {
        if (text == null || text.indexOf('2') < 0) {
            return text;
        }
        return FISCAL_YEAR.matcher(text).replaceAll(match -> Matcher.quoteReplacement(fiscalYear(match)));
    }

    private static String fiscalYear(java.util.regex.MatchResult match) {
        int buddhist = Integer.parseInt(match.group(1));
        int ends = buddhist - 543;
        return "FY %d (%d–%02d)".formatted(buddhist, ends - 1, ends % 100);
    }
}
