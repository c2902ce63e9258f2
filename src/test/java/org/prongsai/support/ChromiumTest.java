package org.prongsai.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test that walks the running application in a fresh headless Chromium for each test method. */
public abstract class ChromiumTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @BeforeEach
    void startChromium() {
        browser = Chromium.start();
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in with the form, as a person does, and waits for the back office. */
    protected void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Screenshots are kept as {@code <prefix><name>.png} in the test artifacts. */
    protected void screenshot(String name) {
        Chromium.screenshot(browser, artifactPrefix() + name);
    }

    protected String artifactPrefix() {
        return "";
    }
}
