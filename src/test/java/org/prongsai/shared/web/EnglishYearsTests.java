package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** English pages write a fiscal year one way: its Buddhist-Era number and the Christian-Era years it spans. */
class EnglishYearsTests {

    @Test
    void givesEveryFiscalYearItsChristianEraSpan() {
        assertThat(EnglishYears.write("ITA results, fiscal year 2567")).isEqualTo("ITA results, FY 2567 (2023–24)");
        assertThat(EnglishYears.write("Fiscal year 2570 is not valid")).isEqualTo("FY 2570 (2026–27) is not valid");
        assertThat(EnglishYears.write("Copy FY 2569 as FY 2570"))
                .isEqualTo("Copy FY 2569 (2025–26) as FY 2570 (2026–27)");
        // The second year keeps its leading zero.
        assertThat(EnglishYears.write("FY 2550")).isEqualTo("FY 2550 (2006–07)");
    }

    @Test
    void leavesOtherNumbersAndWrittenSpansAlone() {
        assertThat(EnglishYears.write("FY 2567 (2023–24)")).isEqualTo("FY 2567 (2023–24)");
        assertThat(EnglishYears.write("Announcement, fiscal year 2567 (version 2)"))
                .isEqualTo("Announcement, FY 2567 (2023–24) (version 2)");
        assertThat(EnglishYears.write("Data of fiscal year (B.E.)")).isEqualTo("Data of fiscal year (B.E.)");
        assertThat(EnglishYears.write("issued 1 Dec 2026, 25670 items")).isEqualTo("issued 1 Dec 2026, 25670 items");
    }

    @Test
    void appliesToEnglishMessagesOnlyThroughTheMessageSource() throws Exception {
        var messages = new WebConfiguration().messageSource();
        assertThat(messages.getMessage("ita.dashboard.title", new Object[] {2570}, Locale.ENGLISH))
                .isEqualTo("ITA results, FY 2570 (2026–27)");
        assertThat(messages.getMessage("ita.dashboard.title", new Object[] {2570}, Locale.forLanguageTag("th-TH")))
                .doesNotContain("2026");
    }
}
