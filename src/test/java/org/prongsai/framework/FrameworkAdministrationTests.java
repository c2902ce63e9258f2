package org.prongsai.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProngsaiTest
class FrameworkAdministrationTests {

    @LocalServerPort
    int port;

    @Autowired
    FrameworkCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    /** The framework is shared by every agency: only a platform operator corrects it. */
    Browser admin() {
        var browser = new Browser(port);
        assertThat(browser.signIn("operator", "prongsai-demo", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
                .endsWith("/admin");
        return browser;
    }

    @Test
    void correctsARecommendationAuditsItAndRevertsToTheShippedFile() {
        var browser = admin();
        browser.get("/admin/frameworks/2567/items/i12");
        var saved = browser.post(
                "/admin/frameworks/2567/items/i12",
                Map.of(
                        "textTh",
                                "หน่วยงานของท่าน เปิดโอกาสให้ท่าน มีส่วนร่วม ในการตรวจสอบการใช้จ่ายงบประมาณ มากน้อยเพียงใด",
                        "textEn", "How far does your agency let you take part in checking its spending?",
                        "recommendationTh",
                                "ควรเปิดโอกาสให้บุคลากรมีส่วนร่วมตรวจสอบการใช้จ่ายงบประมาณ (อ้างอิงจาก ๐๑๒)",
                        "recommendationEn", "Let staff take part in checking spending (see O12)"));
        assertThat(Browser.location(saved)).contains("/admin/frameworks/2567");
        var i12 = catalog.find(2567).orElseThrow().question("i12").orElseThrow();
        assertThat(i12.recommendation().th()).contains("อ้างอิงจาก ๐๑๒");
        assertThat(i12.text().en()).startsWith("How far");
        assertThat(catalog.shipped(2567)
                        .orElseThrow()
                        .question("i12")
                        .orElseThrow()
                        .recommendation()
                        .th())
                .as("the shipped file is untouched")
                .isNull();
        assertThat(browser.get("/admin/frameworks/2567").body()).contains("อ้างอิงจาก ๐๑๒");
        // Shared by every agency, the correction is in every agency's trail, once.
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'framework' and entity_id = '2567 question i12'")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from agency")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(distinct agency_id) from audit_event"
                                + " where entity_type = 'framework' and entity_id = '2567 question i12'")
                        .query(Long.class)
                        .single());

        browser.get("/admin/frameworks/2567");
        browser.post("/admin/frameworks/2567/revert", Map.of());
        assertThat(catalog.find(2567)
                        .orElseThrow()
                        .question("i12")
                        .orElseThrow()
                        .recommendation()
                        .th())
                .isNull();
    }

    @Test
    void refusesGradeBandsThatDoNotGoDownAndKeepsTheOldOnes() {
        var browser = admin();
        browser.get("/admin/frameworks/2568");
        var form = new HashMap<String, String>(
                Map.of("weight.IIT", "30", "weight.EIT", "30", "weight.OIT", "40", "passMark", "85"));
        form.putAll(Map.of(
                "band.AA", "95", "band.A", "96", "band.B", "75", "band.C", "65", "band.D", "55", "band.E", "50",
                "band.F", "0"));
        browser.post("/admin/frameworks/2568/weights", form);
        assertThat(browser.get("/admin/frameworks/2568").body()).contains("ระดับผลไม่ถูกต้อง");
        assertThat(catalog.find(2568).orElseThrow().grades().bands().get(1).minimum())
                .isEqualTo(85.0);

        form.put("band.A", "86");
        form.put("weight.OIT", "50");
        browser.post("/admin/frameworks/2568/weights", form);
        var changed = catalog.find(2568).orElseThrow();
        assertThat(changed.grades().gradeOf(85.5)).isEqualTo("B");
        assertThat(changed.tool("OIT").orElseThrow().weight()).isEqualTo(50.0);
        browser.post("/admin/frameworks/2568/revert", Map.of());
    }

    @Test
    void anOperatorSetsOrClearsARatingMinimumAndSeesHowSureEachYearIs() {
        var browser = admin();
        var list = browser.get("/admin/frameworks").body();
        assertThat(list).contains("ความน่าเชื่อถือของข้อมูลกรอบแต่ละปี").contains("href=\"/admin/frameworks/2570\"");
        var page = browser.get("/admin/frameworks/2568").body();
        assertThat(page).contains("ผ่านดีเยี่ยม").contains("name=\"min.1.1\"").contains("mgronline 9680000079675");
        // GOOD's second condition: every tool at least 85 (from the news), set to 90, then cleared as unknown.
        browser.post(
                "/admin/frameworks/2568/ratings",
                Map.of("min.0.0", "95", "min.0.1", "85", "min.1.0", "85", "min.1.1", "90", "min.2.0", "85"));
        browser.get("/admin/frameworks/2568");
        var changed = catalog.find(2568).orElseThrow().ratings();
        assertThat(changed.levels().get(1).conditions().get(1).minimum()).isEqualTo(90.0);
        assertThat(changed.levels().get(1).conditions().get(1).provenance().source())
                .startsWith("edited by");
        assertThat(changed.levels().get(0).conditions().get(0).provenance().source())
                .contains("AA band");
        browser.post(
                "/admin/frameworks/2568/ratings",
                Map.of("min.0.0", "95", "min.0.1", "85", "min.1.0", "85", "min.1.1", "", "min.2.0", "85"));
        browser.get("/admin/frameworks/2568");
        var cleared = catalog.find(2568)
                .orElseThrow()
                .ratings()
                .levels()
                .get(1)
                .conditions()
                .get(1);
        assertThat(cleared.minimum()).isNull();
        assertThat(cleared.provenance().confidence()).isEqualTo("unknown");
        browser.post("/admin/frameworks/2568/ratings", Map.of("min.0.0", "120"));
        assertThat(browser.get("/admin/frameworks/2568").body()).contains("เกณฑ์ขั้นต่ำต้องอยู่ระหว่าง 0 ถึง 100");

        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get("/admin/frameworks/2568");
        assertThat(officer.post("/admin/frameworks/2568/ratings", Map.of("min.0.0", "50"))
                        .statusCode())
                .isEqualTo(403);
        browser.post("/admin/frameworks/2568/revert", Map.of());
        assertThat(catalog.find(2568)
                        .orElseThrow()
                        .ratings()
                        .levels()
                        .get(1)
                        .conditions()
                        .get(1)
                        .minimum())
                .isEqualTo(85.0);
    }

    /** A page of a year without a framework sends the reader to the explanation, as a browser follows it. */
    private static java.net.http.HttpResponse<String> followed(Browser browser, String path) {
        var first = browser.get(path);
        assertThat(first.statusCode()).as(path).isEqualTo(302);
        assertThat(Browser.location(first)).contains("/year-without-framework?year=");
        return browser.get(Browser.location(first).replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void aYearWithoutAFrameworkSaysSoAndAnOperatorCopiesTheLatestFromThere() {
        var citizen = new Browser(port);
        var publicPage = followed(citizen, "/oit/2571/O3");
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body())
                .contains("ยังไม่มีกรอบการประเมิน ITA ของปีงบประมาณ 2571")
                .contains("href=\"/oit/2570/O3\"")
                .doesNotContain("/copy");
        assertThat(citizen.send(java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/v1/frameworks/2571"))
                                .build())
                        .statusCode())
                .isEqualTo(404);

        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        var officerPage = followed(officer, "/admin/oit/2571");
        assertThat(officerPage.statusCode()).isEqualTo(200);
        assertThat(officerPage.body()).contains("href=\"/admin/oit/2570\"").doesNotContain("/copy\"");
        assertThat(followed(officer, "/admin/ita/2571").body())
                .contains("ยังไม่มีกรอบการประเมิน ITA ของปีงบประมาณ 2571");

        var browser = admin();
        var offered = followed(browser, "/admin/oit/2571").body();
        assertThat(offered)
                .contains("action=\"/admin/frameworks/2570/copy\"")
                .contains("คัดลอกกรอบปี 2570 เป็นปี 2571");
        var copied = browser.post("/admin/frameworks/2570/copy", Map.of("toYear", "2571"));
        assertThat(Browser.location(copied)).endsWith("/admin/frameworks/2571");
        var copy = catalog.find(2571).orElseThrow();
        assertThat(copy.questions()).hasSize(45);
        assertThat(copy.oitItems()).hasSize(26);
        assertThat(copy.itemsMeaning("improvement-plan"))
                .extracting(OitItem::id)
                .containsExactly("O25");
        assertThat(copy.provenance().confidence()).isEqualTo("copied, not verified");
        assertThat(copy.provenance().source()).contains("copied from the 2570 framework");
        var api = new Browser(port)
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/api/v1/frameworks"))
                        .build());
        assertThat(api.body()).contains("\"fiscalYear\":2571");
        assertThat(citizen.get("/oit/2571/O3").statusCode()).isEqualTo(200);

        browser.get("/admin/frameworks/2568");
        browser.post("/admin/frameworks/2568/copy", Map.of("toYear", "2566"));
        assertThat(browser.get("/admin/frameworks/2568").body()).contains("มีกรอบการประเมินปี 2566 อยู่แล้ว");
        browser.post("/admin/frameworks/2571/revert", Map.of());
        assertThat(catalog.find(2571)).isEmpty();
    }

    @Test
    void refusesAnAgencysAdministratorWhoseChangeWouldShowAtEveryAgency() {
        var admin = new Browser(port);
        admin.signIn("admin", "prongsai-demo", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA");
        var page = admin.get("/admin/frameworks/2567/items/i12");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("name=\"textTh\"").contains("แก้ไขได้เฉพาะผู้ดูแลแพลตฟอร์ม");
        admin.get("/admin/frameworks/2567");
        assertThat(admin.post("/admin/frameworks/2567/revert", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/admin/frameworks/2567/items/i12",
                                Map.of("textTh", "แก้โดยผู้ดูแลหน่วยงาน", "recommendationTh", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from framework_edition where fiscal_year = 2567 and content::text like"
                                + " '%แก้โดยผู้ดูแลหน่วยงาน%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void letsAnItaOfficerReadButNotChange() {
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        assertThat(officer.get("/admin/frameworks/2566").statusCode()).isEqualTo(200);
        assertThat(officer.post("/admin/frameworks/2566/revert", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void setsTheOitDeadlineThatTheReadinessPageCountsDownTo() {
        var browser = admin();
        browser.get("/admin/frameworks/2568");
        browser.post("/admin/frameworks/2568/deadline", Map.of("deadline", "2031-01-01"));
        assertThat(browser.get("/admin/frameworks/2568").body()).contains("กำหนดส่งต้องอยู่ในปีงบประมาณ 2568");
        browser.post("/admin/frameworks/2568/deadline", Map.of("deadline", "2025-06-30"));
        assertThat(catalog.find(2568).orElseThrow().oitDeadline()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(browser.get("/admin/oit/2568").body()).contains("กำหนดส่ง 30 มิ.ย. 2568 ผ่านไปแล้ว");
        browser.post("/admin/frameworks/2568/revert", Map.of());
        assertThat(catalog.find(2568).orElseThrow().oitDeadline()).isNull();
    }
}
