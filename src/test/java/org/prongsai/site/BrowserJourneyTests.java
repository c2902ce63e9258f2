package org.prongsai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;
import org.prongsai.support.Totp;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen and two staff members walk through the site in Debian's headless Chromium. */
@ProngsaiTest
class BrowserJourneyTests extends ChromiumTest {

    @Autowired
    AgencyManagement agencies;

    @Override
    protected String artifactPrefix() {
        return "browser-";
    }

    @Test
    void aCitizenReadsThePublicSiteInThaiThenInEnglish() throws Exception {
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("องค์การบริหารส่วนตำบลบ้านโปร่งใส");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
        screenshot("home-th");

        browser.findElement(By.linkText("English")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .contains("Ban Prongsai Subdistrict Administrative Organization");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.linkText("About us")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/about"));
        assertThat(browser.getPageSource()).contains("Finance Division");
        screenshot("about-en");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/contact?lang=th"));
        // The demo's phone as it stands now: another test may have changed it on the shared demo agency.
        var phone =
                agencies.get(agencies.findIdBySlug("banprongsai").orElseThrow()).phone();
        assertThat(browser.getPageSource()).contains(phone);
        screenshot("contact-mobile-th");
        // No inline script ran and nothing was blocked by the Content-Security-Policy.
        var errors = browser.manage().logs().get("browser").getAll();
        assertThat(errors).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    }

    @Test
    void anOfficerSignsInAndSeesTheBackOfficeInBothLanguages() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("ita");
        browser.findElement(By.id("password")).sendKeys("prongsai-demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("สวัสดี นายปกรณ์ มั่นคง");
        screenshot("back-office-th");
        browser.findElement(By.linkText("English")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Hello, นายปกรณ์ มั่นคง");
        // An officer has no business in account administration.
        assertThat(browser.findElements(By.linkText("Accounts"))).isEmpty();
        screenshot("back-office-en");
    }

    @Test
    void anAdministratorGivesATotpCodeThenEditsTheProfile() throws Exception {
        browser.get(url("/login?lang=th"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("prongsai-demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/second-factor"));
        browser.findElement(By.id("code")).sendKeys(Totp.now("KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"));
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin"));

        browser.get(url("/admin/agency"));
        var email = browser.findElement(By.id("email"));
        email.clear();
        email.sendKeys("not-an-email");
        browser.findElement(By.cssSelector("form.two-col button[type=submit]")).click();
        // The refusal comes back at the same address: wait for it, not for a new URL.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.field-error")));
        assertThat(browser.getPageSource()).contains("รูปแบบอีเมลไม่ถูกต้อง");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("not-an-email");
        screenshot("profile-error-th");
    }
}
