package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.prongsai.shared.FiscalYear;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;

/**
 * The ITA officer's whole menu, walked in Chromium on a phone for today's fiscal year (2570 on the day this was
 * written, a year whose framework is a copy): every page and every link it offers to a page of the same year
 * opens without an error page or a message key left unfilled, in Thai and in English.
 */
@ProngsaiTest
class CurrentYearWalkTests extends ChromiumTest {

    @Override
    protected String artifactPrefix() {
        return "current-year-";
    }

    @Test
    void everyItaPageOfTodaysFiscalYearOpens() {
        int year = FiscalYear.containing(LocalDate.now()).buddhistYear();
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("ita", "prongsai-demo");

        var visited = new LinkedHashSet<String>();
        for (var path : List.of(
                "/admin/ita", "/admin/plans", "/admin/measures", "/admin/oit", "/admin/frameworks", "/ita", "/oit")) {
            open(path, visited);
            // And every link the page offers to a page of this year, one step on.
            for (var link : browser.findElements(By.cssSelector("main a[href]"))) {
                var href = link.getAttribute("href");
                if (href != null
                        && href.startsWith(url("/"))
                        && href.contains("/" + year)
                        && !href.matches(".*\\.(pdf|docx|xlsx|csv)(\\?.*)?$")) {
                    visited.add(href);
                }
            }
        }
        var pages = new LinkedHashSet<>(visited);
        int n = 0;
        for (var page : pages) {
            browser.get(page);
            assertOpened(page);
            if (n++ < 6) {
                screenshot("th-" + n);
            }
        }
        assertThat(pages).as("pages of " + year + " reached").anyMatch(p -> p.contains("/admin/ita/" + year));

        browser.get(url("/admin/ita/" + year + "?lang=en"));
        assertOpened("/admin/ita/" + year + " in English");
        // English pages write a fiscal year with the Christian-Era years it spans.
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("FY " + year + " (" + (year - 544) + "–");
        for (var page : pages) {
            browser.get(page);
            assertOpened(page + " in English");
        }
        screenshot("en-last");
    }

    private void open(String path, Set<String> visited) {
        browser.get(url(path));
        visited.add(browser.getCurrentUrl());
        assertOpened(path);
    }

    private void assertOpened(String what) {
        assertThat(browser.findElements(By.cssSelector("[data-error-page]")))
                .as("an error page at " + what + " (" + browser.getCurrentUrl() + "): "
                        + browser.findElement(org.openqa.selenium.By.tagName("main"))
                                .getText())
                .isEmpty();
        assertThat(browser.getPageSource())
                .as("a message key left unfilled at " + what)
                .doesNotContain("??");
        assertThat(browser.findElements(By.tagName("h1")))
                .as("a heading at " + what)
                .isNotEmpty();
    }
}
