package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.FreshDataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The plan's cycle through the screens in Chromium, by the three people it takes: the ITA officer sends the
 * announcement to sign, the mayor signs it from the home page's to-do, the finance division's head records
 * progress and marks a measure done on a phone, the officer reads the quarter's report and the mayor
 * acknowledges it. Its own application (FY2570, the current year, on the demo agency), so that other tests'
 * plans of the same year stay out of its way. Screenshots: {@code target/test-artifacts/cycle-*.png}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prongsai.demo=true",
            // The published logins the tests sign in with (a real demo makes its own: DemoSecretsTests).
            "prongsai.demo.fixed-secrets=true",
            "prongsai.demo.cycle=false",
            "prongsai.database.embedded-durable=false",
            "server.shutdown=immediate",
            "prongsai.flood.enabled=false",
            // Names this application apart from the shared one, so it has its own database.
            "spring.application.name=prongsai-plan-cycle"
        })
@ContextConfiguration(initializers = FreshDataDirectory.class)
class PlanCycleBrowserJourneyTests extends ChromiumTest {

    static final int YEAR = 2570;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    Announcements announcements;

    @Autowired
    AnnouncementSigning signing;

    @Autowired
    MeasureTracking tracking;

    @Autowired
    QuarterlyReports reports;

    @Override
    protected String artifactPrefix() {
        return "cycle-";
    }

    private static PlanDocument.Measure measure(String text, String unit, LocalDate due) {
        return new PlanDocument.Measure(
                text, unit, null, null, due, PlanDocument.Recurrence.NONE, "รายงานผล", List.of("O11"));
    }

    private void waitFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    /** Clicks a button that asks first (data-confirm) and says yes. */
    private void clickAndConfirm(String css) {
        browser.findElement(By.cssSelector(css)).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
    }

    private void signInAs(String username) {
        browser.manage().deleteAllCookies();
        signIn(username, "prongsai-demo");
    }

    @Test
    void theOfficerTheMayorAndAUnitHeadTakeThePlanThroughItsCycle() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        improvement.create(
                agency,
                new PlanDocument(
                        YEAR,
                        2569,
                        "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570",
                        List.of(
                                "เพื่อยกระดับผลการประเมิน องค์การบริหารส่วนตำบลบ้านโปร่งใสจึงประกาศมาตรการตามเอกสารแนบ"),
                        Map.of(),
                        LocalDate.of(2026, 10, 20),
                        new PlanDocument.Signer("นายสมชาย รักษ์ถิ่น", "นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส"),
                        null,
                        List.of(new PlanDocument.Row(
                                "IIT",
                                "2",
                                null,
                                "i7",
                                "ข้อ 7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ",
                                "บุคลากรไม่ทราบข้อมูลงบประมาณ",
                                null,
                                List.of(
                                        measure(
                                                "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณ",
                                                "กองคลัง",
                                                LocalDate.of(2026, 11, 30)),
                                        measure(
                                                "เผยแพร่รายงานการใช้จ่ายบนเว็บไซต์",
                                                "สำนักปลัด",
                                                LocalDate.of(2027, 3, 31)))))));

        // The officer sends it to the mayor.
        signInAs("ita");
        browser.get(url("/admin/plans/" + YEAR));
        clickAndConfirm("form[action$='/submit'] button[type=submit]");
        waitFor("นายปกรณ์ มั่นคง");
        screenshot("1-officer-sent");
        assertThat(signing.latest(agency, YEAR).orElseThrow().status()).isEqualTo(AnnouncementSigning.Status.SUBMITTED);

        // The mayor finds it on the home page, reads it and signs.
        signInAs("mayor");
        browser.get(url("/admin"));
        browser.findElement(By.cssSelector("ul.todo a[href*='/signing/']")).click();
        waitFor("ลงนาม");
        screenshot("2-mayor-to-sign");
        clickAndConfirm("form[action$='/sign'] button[type=submit]");
        waitFor("ลงนามแล้ว ประกาศฉบับที่ 1");
        screenshot("3-mayor-signed");
        assertThat(announcements.announcements(agency, YEAR)).hasSize(1);

        // The finance division's head, on a phone, finds the late measure from the home page and records it done.
        signInAs("finance");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/admin"));
        browser.findElement(By.cssSelector("ul.todo a[href*='show=LATE']")).click();
        browser.findElement(By.partialLinkText("ประชุมชี้แจงแผนการใช้จ่ายงบประมาณ"))
                .click();
        browser.findElement(By.id("note")).sendKeys("ประชุมชี้แจงแล้ว มีผู้เข้าร่วม 25 คน");
        browser.findElement(By.cssSelector("form[action$='/progress'] button[type=submit]"))
                .click();
        waitFor("ประชุมชี้แจงแล้ว มีผู้เข้าร่วม 25 คน");
        var doneOn = browser.findElement(By.id("doneOn"));
        doneOn.clear();
        doneOn.sendKeys("28/11/2569");
        browser.findElement(By.cssSelector("form.inline-form[action$='/status'] button[type=submit]"))
                .click();
        waitFor("28 พ.ย. 2569");
        screenshot("4-unit-head-done-390px");
        var done = tracking.board(agency, null, LocalDate.now()).stream()
                .filter(o -> o.planYear() == YEAR && o.measure().startsWith("ประชุมชี้แจง"))
                .findFirst()
                .orElseThrow();
        assertThat(done.status()).isEqualTo(Occurrence.Status.DONE);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 11, 28));

        // The officer reads the first quarter's report with the evidence; the mayor acknowledges it.
        browser.manage().window().setSize(new Dimension(1280, 900));
        signInAs("ita");
        browser.get(url("/admin/plans/" + YEAR + "/reports/1"));
        waitFor("ประชุมชี้แจงแล้ว มีผู้เข้าร่วม 25 คน");
        screenshot("5-officer-report");
        signInAs("mayor");
        browser.get(url("/admin/plans/" + YEAR + "/reports/1"));
        browser.findElement(By.cssSelector("form[action$='/acknowledge'] button[type=submit]"))
                .click();
        waitFor("นายสมชาย รักษ์ถิ่น");
        screenshot("6-mayor-acknowledged");
        assertThat(reports.acknowledgedReports(agency, YEAR)).containsKey(1);

        // A citizen finds the signed announcement on the public site.
        browser.manage().deleteAllCookies();
        browser.get(url("/announcements"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2570");
        screenshot("7-public-announcements");
    }
}
