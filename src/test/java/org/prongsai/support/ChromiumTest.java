package org.prongsai.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
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
