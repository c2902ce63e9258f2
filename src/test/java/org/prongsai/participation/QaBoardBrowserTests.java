package org.prongsai.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff's Q&A list in Chromium: answering and changing tabs redraw the list in place (htmx), not the page. */
@ProngsaiTest
class QaBoardBrowserTests extends ChromiumTest {

    @Autowired
    Participation participation;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected String artifactPrefix() {
        return "qa-board-";
    }

    @Test
    void anAnswerAndATabChangeRedrawTheListWithoutLeavingThePage() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var text = "ขอทราบกำหนดการประชุมสภาครั้งถัดไป " + UUID.randomUUID();
        participation.ask(agency, new QuestionForm("", text, ""));
        // The oldest waiting question, so that it is on the first page whatever other tests left waiting.
        var id = jdbc.sql("update participation_question set asked_at = timestamp '2020-01-01' where question = :q"
                        + " returning id")
                .param("q", text)
                .query(UUID.class)
                .single();

        signIn("ita", "prongsai-demo");
        browser.get(url("/admin/qa"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(
                d -> browser.executeScript("return typeof htmx !== 'undefined'").equals(true));
        // A mark on this page: a full page load would lose it.
        browser.executeScript("window.stayedOnThePage = true");

        browser.findElement(By.id("answer-" + id)).sendKeys("การประชุมครั้งถัดไปคือวันที่ ๑๕ ธันวาคม ๒๕๖๙");
        browser.findElement(By.cssSelector("#answer-" + id + " ~ button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qa-list"), "เผยแพร่คำตอบแล้ว"));
        assertThat(browser.findElements(By.id("answer-" + id))).isEmpty();
        // Focus on what happened, not back at the page's start.
        assertThat(browser.executeScript("return document.activeElement.classList.contains('flash')"))
                .isEqualTo(true);
        assertThat(browser.executeScript("return window.stayedOnThePage === true"))
                .isEqualTo(true);
        assertThat(jdbc.sql("select answer from participation_question where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("การประชุมครั้งถัดไปคือวันที่ ๑๕ ธันวาคม ๒๕๖๙");

        browser.findElement(By.cssSelector("a[href*='show=ANSWERED']")).click();
        wait.until(ExpectedConditions.urlContains("show=ANSWERED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qa-list"), text));
        assertThat(browser.executeScript("return window.stayedOnThePage === true"))
                .isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("a[aria-current='page']")).getText())
                .startsWith("ตอบแล้ว");
        assertThat(browser.executeScript("return document.activeElement.getAttribute('aria-current')"))
                .isEqualTo("page");
        // No copy of the staff's list kept in the browser's storage.
        assertThat(browser.executeScript("return window.localStorage.getItem('htmx-history-cache')"))
                .isNull();
        screenshot("answered");

        // Back in the browser's history: the waiting list again.
        browser.navigate().back();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("show=ANSWERED")));
        wait.until(d -> browser.findElement(By.cssSelector("a[aria-current='page']"))
                .getText()
                .startsWith("รอคำตอบ"));
    }

    @Test
    void publicPagesLoadNoHtmx() {
        browser.get(url("/qa"));
        assertThat(browser.getPageSource()).doesNotContain("htmx.min.js");
    }
}
