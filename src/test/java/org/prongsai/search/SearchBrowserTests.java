package org.prongsai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen on a phone searches from the home page's header and opens what was found. */
@ProngsaiTest
class SearchBrowserTests extends ChromiumTest {

    @Autowired
    SearchIndex index;

    @Autowired
    AgencyManagement agencies;

    @Override
    protected String artifactPrefix() {
        return "search-";
    }

    @Test
    void aCitizenOnAPhoneSearchesFromTheHomePage() {
        index.rebuild(agencies.findIdBySlug("banprongsai").orElseThrow());
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/"));
        var box = browser.findElement(By.id("site-q"));
        // The box is on screen at the top of the phone's page, the whole width less its button.
        assertThat(box.isDisplayed()).isTrue();
        assertThat(box.getRect().getWidth()).isGreaterThan(200);
        box.sendKeys("โครงสร้าง", Keys.ENTER);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlContains("/search"));
        // The structure item O1 of each year, and the about page's structure chart.
        var items = browser.findElements(By.cssSelector(".search-results a[href$='/O1']"));
        assertThat(items).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".search-results a[href*='/about']")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".search-results mark"))).isNotEmpty();
        // Nothing wider than the phone.
        var width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue();
        assertThat(width).isLessThanOrEqualTo(390);
        screenshot("results-390px");
        items.get(0).click();
        wait.until(ExpectedConditions.urlContains("/oit/"));

        // A misspelt word still finds its items; a word found nowhere says so in words.
        browser.get(url("/search?q=งบประมาน"));
        assertThat(browser.findElements(By.cssSelector(".search-results li"))).isNotEmpty();
        browser.get(url("/search?q=ไม่มีคำนี้ในเว็บไซต์เลยแน่นอน"));
        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText())
                .contains("ไม่พบข้อมูลที่ตรงกับ");
        screenshot("nothing-390px");
    }
}
