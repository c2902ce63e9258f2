package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.prongsai.support.Browser;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;

/**
 * Files above the upload limit: refused in the browser before sending, and explained if sent anyway; and what
 * the server refuses is said beside its field, on a phone too.
 */
@ProngsaiTest
class UploadLimitTests extends ChromiumTest {

    @Override
    protected String artifactPrefix() {
        return "upload-limit-";
    }

    @Test
    void theBrowserRefusesAFileAboveTheLimitAndKeepsWhatWasTyped() throws Exception {
        var big = Files.createTempFile("big-", ".pdf");
        try {
            try (var out = Files.newOutputStream(big)) {
                out.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(new byte[21 * 1024 * 1024]);
            }
            signIn("ita", "prongsai-demo");
            browser.get(url("/admin/oit/2568/O20"));
            browser.findElement(By.id("title")).sendKeys("ภาพถ่ายการประชุม");
            var file = browser.findElement(By.id("file"));
            file.sendKeys(big.toAbsolutePath().toString());
            browser.findElement(By.cssSelector("form.form button.primary")).click();

            assertThat(file.getDomProperty("validationMessage")).isEqualTo("ไฟล์มีขนาดเกิน 20 เมกะไบต์");
            assertThat(browser.getCurrentUrl()).endsWith("/admin/oit/2568/O20");
            assertThat(browser.findElement(By.id("title")).getDomProperty("value"))
                    .isEqualTo("ภาพถ่ายการประชุม");
            screenshot("refused-in-browser");
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void aLinkRefusedByTheServerIsSaidBesideItOnAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        signIn("ita", "prongsai-demo");
        browser.get(url("/admin/oit/2568/O20"));
        browser.findElement(By.id("title")).sendKeys("รายงานการประชุม");
        browser.findElement(By.id("link")).sendKeys("http://10.0.0.7/report");
        browser.findElement(By.cssSelector("form.form button.primary")).click();

        var link = browser.findElement(By.id("link"));
        assertThat(link.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(link.getDomAttribute("aria-describedby")).isEqualTo("link-error");
        var error = browser.findElement(By.id("link-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("ไม่รับลิงก์ไปยังที่อยู่ภายใน");
        // The reason sits right under the field it concerns, within the phone's width.
        assertThat(error.getRect().getY()).isGreaterThan(link.getRect().getY());
        assertThat(error.getRect().getX() + error.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("รายงานการประชุม");
        // The form is far down a long page: the field in error is focused and in view, with its reason.
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("link");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("var r = document.getElementById('link-error').getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;"))
                .isTrue();
        screenshot("link-refused-on-phone");
    }

    @Test
    void aFileFarAboveTheLimitSentAnywayIsExplainedNotAnsweredWithABare413() {
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get("/admin/oit/2568/O20");
        var response = officer.postFile(
                "/admin/oit/2568/O20",
                Map.of("title", "วิดีโอการประชุม"),
                "file",
                "meeting.pdf",
                "application/pdf",
                new byte[61 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("ไฟล์ใหญ่เกินไป")
                .contains("ไฟล์มีขนาดเกิน 20 เมกะไบต์")
                .contains("href=\"/admin/oit/2568/O20\"");
    }
}
