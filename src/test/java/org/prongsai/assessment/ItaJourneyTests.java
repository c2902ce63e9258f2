package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.ApiTokens;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.support.Browser;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An ITA officer imports the NACC's results, checks the preview, saves, and reads the dashboard. */
@ProngsaiTest
class ItaJourneyTests extends ChromiumTest {

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AssessmentManagement assessments;

    @BeforeEach
    void widerWindow() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Override
    protected String artifactPrefix() {
        return "ita-";
    }

    void upload(int year, String fileName, String content) throws Exception {
        var file = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "ita-upload")
                .resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.get(url("/admin/ita/" + year + "/import"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        // The preview answers at the same address: wait for its table rather than for a new URL.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
    }

    @Test
    void importsPreviewsSavesAndShowsWeakPoints() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("ita");
        browser.findElement(By.id("password")).sendKeys("prongsai-demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin"));

        // A file with mistakes is shown row by row and cannot be saved.
        upload(
                2566,
                "wrong.csv",
                "kind,id,channel,value,respondents\nquestion,i99,IIT,50,10\nquestion,i7,IIT,150,10\n");
        assertThat(browser.getPageSource())
                .contains("แถว 2 คอลัมน์ id")
                .contains("ไม่มีคำถามรหัส i99")
                .contains("ต้องอยู่ระหว่าง 0 ถึง 100");
        assertThat(browser.findElements(By.cssSelector("form[action$='/import/confirm']")))
                .isEmpty();
        screenshot("preview-problems");

        // Last year's results, then this year's: the dashboard compares them.
        upload(2566, "ita-2566.csv", ResultFixture.csv(frameworks.find(2566).orElseThrow(), 90));
        assertThat(browser.getPageSource()).contains("ไฟล์ถูกต้องทุกแถว");
        screenshot("preview-ok");
        browser.findElement(By.cssSelector("form[action$='/import/confirm'] button"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin/ita/2566$"));
        assertThat(browser.getPageSource())
                .contains("บันทึกผลการประเมินเรียบร้อยแล้ว")
                .contains("90.89");

        upload(2567, "ita-2567.csv", ResultFixture.csv(frameworks.find(2567).orElseThrow(), 95));
        browser.findElement(By.cssSelector("form[action$='/import/confirm'] button"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin/ita/2567$"));

        var page = browser.getPageSource();
        assertThat(page).contains("93.24").contains(">A<").contains("ผ่านเกณฑ์");
        // Weak points: the reference's questions, with the NACC's recommendation and the OIT items it cites.
        var weak = browser.findElement(By.cssSelector("table.weak")).getText();
        assertThat(weak)
                .contains("IIT i7")
                .contains("ES e15")
                .contains("OIT O24")
                .contains("O11");
        assertThat(weak).contains("แผนการใช้จ่ายงบประมาณประจำปี");
        assertThat(browser.findElements(By.cssSelector("canvas[data-chart]"))).hasSize(2);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return window.Chart && Chart.getChart('indicators-chart') != null"));
        screenshot("dashboard-th");

        browser.get(url("/admin/ita/2567?lang=en"));
        assertThat(browser.getPageSource()).contains("What to improve").contains("FY 2024");
        screenshot("dashboard-en");
    }

    @Test
    void servesTheAgencysResultsThroughTheApiWithAToken() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var csv = ResultFixture.csv(frameworks.find(2566).orElseThrow(), 90).getBytes(StandardCharsets.UTF_8);
        assertThat(assessments
                        .importOfficial(agency, 2566, "api.csv", csv, false)
                        .canSave())
                .isTrue();
        var token = tokens.issueToken(
                agency, accounts.accountByUsername(agency, "ita").orElseThrow().id(), "api test");
        var response = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create(url("/api/v1/assessments/2566")))
                        .header("Authorization", "Bearer " + token.token())
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"total\":90.89")
                .contains("\"grade\":")
                .contains("\"citedOitItems\"");
        // The dashboard's tables as a workbook: numbers as shown, one weak point per row.
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        var xlsx = officer.send(
                HttpRequest.newBuilder(URI.create(url("/admin/ita/2566/results.xlsx")))
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(90.89);
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(10);
            assertThat(workbook.getSheetAt(2).getLastRowNum())
                    .isEqualTo(assessments.weakPoints(agency, 2566, 85).size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var missing = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create(url("/api/v1/assessments/2500")))
                        .header("Authorization", "Bearer " + token.token())
                        .GET()
                        .build());
        assertThat(missing.statusCode()).isEqualTo(404);
    }
}
