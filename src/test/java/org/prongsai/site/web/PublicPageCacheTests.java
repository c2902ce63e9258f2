package org.prongsai.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.disclosure.DisclosureManagement;
import org.prongsai.disclosure.EvidenceForm;
import org.prongsai.disclosure.EvidencePublishing;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProngsaiTest
class PublicPageCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    EvidencePublishing publishing;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    private double hits() {
        return meters.counter("prongsai.page.cache", "result", "hit").count();
    }

    @Test
    void aKeptPageWeighsWhatItHoldsSoTheCacheIsBoundedByBytes() {
        var key = new PublicPageCache.Key(null, "th", "", "/news", "/news");
        var small = new PublicPageCache.Page("text/html", List.of(), new byte[1_000]);
        var large = new PublicPageCache.Page(
                "text/html", List.of(Map.entry("Cache-Control", "no-cache")), new byte[100_000]);
        assertThat(PublicPageCache.weight(key, large)).isGreaterThanOrEqualTo(100_000);
        assertThat(PublicPageCache.weight(key, large)).isGreaterThan(PublicPageCache.weight(key, small));
    }

    @Test
    void servesAnonymousReadersOneRenderingWithItsSecurityHeadersAndNoOnesToken() {
        var first = new Browser(port).get("/oit/2567/O30");
        double before = hits();
        var second = new Browser(port).get("/oit/2567/O30");

        assertThat(hits()).isEqualTo(before + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).doesNotContain("name=\"_csrf\"");
        assertThat(second.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(second.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(second.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void showsAChangeAtOnceWhetherMadeOnTheWebOrByAService() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var reader = new Browser(port);
        assertThat(reader.get("/oit/2567/O31").body()).doesNotContain("คู่มือการปฏิบัติงานฉบับทดสอบแคช");

        var id = publishing.addEvidence(
                agency,
                2567,
                "O31",
                new EvidenceForm("คู่มือการปฏิบัติงานฉบับทดสอบแคช", "ข้อความ", null, 2568, List.of()),
                null,
                null);
        assertThat(reader.get("/oit/2567/O31").body()).contains("คู่มือการปฏิบัติงานฉบับทดสอบแคช");

        // A change behind the application's back (another instance) waits for the time to live ...
        jdbc.sql("update disclosure_evidence set title = 'คู่มือฉบับแก้ไขจากที่อื่น' where id = :id")
                .param("id", id)
                .update();
        assertThat(reader.get("/oit/2567/O31").body()).doesNotContain("คู่มือฉบับแก้ไขจากที่อื่น");

        // A change made here to another item forgets that item's page and the catalogue, not this page ...
        reader.get("/oit/2568");
        reader.get("/oit/2567/O32");
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get("/admin/oit/2567/O32");
        var saved = officer.post(
                "/admin/oit/2567/O32", Map.of("title", "รายงานผลการทดสอบแคช", "body", "ข้อความ", "dataYear", "2568"));
        assertThat(Browser.location(saved)).endsWith("/admin/oit/2567/O32");
        assertThat(reader.get("/oit/2567/O32").body()).contains("รายงานผลการทดสอบแคช");
        double before = hits();
        assertThat(reader.get("/oit/2567/O31").body()).doesNotContain("คู่มือฉบับแก้ไขจากที่อื่น");
        assertThat(hits()).isEqualTo(before + 1);

        // ... and a change to this item does.
        officer.get("/admin/oit/2567/O31");
        officer.post("/admin/oit/2567/O31", Map.of("title", "ภาคผนวกคู่มือ", "body", "ข้อความ", "dataYear", "2568"));
        assertThat(reader.get("/oit/2567/O31").body())
                .contains("คู่มือฉบับแก้ไขจากที่อื่น")
                .contains("ภาคผนวกคู่มือ");
    }

    @Test
    void aNewsItemForgetsTheNewsPagesButNotAnUnrelatedOitItemPage() {
        var reader = new Browser(port);
        reader.get("/news");
        reader.get("/oit/2568/O11");
        var staff = new Browser(port);
        staff.signIn("ita", "prongsai-demo", null);
        staff.get("/admin/news");
        staff.post(
                "/admin/news",
                Map.of("title", "ข่าวทดสอบการลืมหน้า", "body", "เนื้อข่าว", "publishedOn", "2026-11-20"));
        double before = hits();
        reader.get("/oit/2568/O11");
        assertThat(hits()).isEqualTo(before + 1);
        assertThat(reader.get("/news").body()).contains("ข่าวทดสอบการลืมหน้า");
        assertThat(hits()).isEqualTo(before + 1);
    }

    @Test
    void forgetsAPageWhenAnotherInstanceSaysItChanged() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var id = publishing.addEvidence(
                agency, 2567, "O33", new EvidenceForm("ประกาศฉบับเดิม", "ข้อความ", null, 2568, List.of()), null, null);
        var reader = new Browser(port);
        assertThat(reader.get("/oit/2567/O33").body()).contains("ประกาศฉบับเดิม");
        // Another instance changes the row and says so, as its own page cache would.
        jdbc.sql("update disclosure_evidence set title = 'ประกาศฉบับจากอีกเครื่อง' where id = :id")
                .param("id", id)
                .update();
        assertThat(reader.get("/oit/2567/O33").body()).contains("ประกาศฉบับเดิม");
        jdbc.sql("select pg_notify('" + PageChangeNotifications.CHANNEL + "', :payload)")
                .param("payload", "another-instance " + agency.value())
                .query((rs, n) -> 1)
                .list();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(reader.get("/oit/2567/O33").body()).contains("ประกาศฉบับจากอีกเครื่อง"));
    }

    @Test
    void tellsTheOtherInstancesWhenSomethingChangesHere() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        // Listen as another instance would, on a connection of its own.
        try (var connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("LISTEN " + PageChangeNotifications.CHANNEL);
            }
            publishing.addEvidence(
                    agency,
                    2567,
                    "O34",
                    new EvidenceForm("รายงานผลการดำเนินงาน", "ข้อความ", null, 2568, List.of()),
                    null,
                    null);
            var heard = connection.unwrap(org.postgresql.PGConnection.class).getNotifications(5_000);
            assertThat(heard).isNotNull();
            assertThat(java.util.Arrays.stream(heard).map(n -> n.getParameter()))
                    .anyMatch(p -> p.contains(" " + agency.value() + " /oit/2567(/O34)?"));
        }
    }

    @Test
    void aCrowdAskingForAChangedPageCostsOneRendering() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        publishing.addEvidence(
                agency,
                2567,
                "O35",
                new EvidenceForm("คู่มือการป้องกันผลประโยชน์ทับซ้อน", "ข้อความ", null, 2568, List.of()),
                null,
                null);
        double missesBefore =
                meters.counter("prongsai.page.cache", "result", "miss").count();
        int readers = 24;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        try {
            var pages = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < readers; i++) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return new Browser(port).get("/oit/2567/O35").body();
                }));
            }
            start.countDown();
            var bodies = new java.util.HashSet<String>();
            for (var page : pages) {
                bodies.add(page.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(bodies).singleElement().satisfies(body -> assertThat(body)
                    .contains("คู่มือการป้องกันผลประโยชน์ทับซ้อน"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(meters.counter("prongsai.page.cache", "result", "miss").count())
                .isEqualTo(missesBefore + 1);
    }

    @Test
    void neverKeepsWhatSignedInStaffOrPagesWithFormsShow() {
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        var anonymous = new Browser(port).get("/oit/2568");
        var staff = officer.get("/oit/2568");
        assertThat(anonymous.body()).contains("href=\"/login\"").doesNotContain("href=\"/admin\"");
        assertThat(staff.body()).contains("href=\"/admin\"").contains("name=\"_csrf\"");

        double before = hits();
        var qa = new Browser(port).get("/qa");
        var again = new Browser(port).get("/qa");
        assertThat(hits()).isEqualTo(before);
        assertThat(qa.body()).contains("name=\"_csrf\"");
        assertThat(again.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(new Browser(port).get("/oit/2568?lang=en").body()).contains("lang=\"en\"");
    }

    @Test
    void aCitizensUnansweredQuestionForgetsNoPageButItsAnswerDoes() {
        new Browser(port).get("/oit/2568/O3");
        double before = hits();
        var citizen = new Browser(port);
        citizen.get("/qa");
        citizen.post("/qa", Map.of("name", "", "question", "ขอทราบกำหนดการประชุมสภาครับ", "website", ""));
        new Browser(port).get("/oit/2568/O3");
        assertThat(hits()).isEqualTo(before + 1);

        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        var question = jdbc.sql("select id from participation_question where question = 'ขอทราบกำหนดการประชุมสภาครับ'")
                .query(java.util.UUID.class)
                .single();
        staff.get("/admin/qa");
        staff.post("/admin/qa/" + question, Map.of("answer", "ประชุมทุกวันที่ 15 ครับ"));
        new Browser(port).get("/oit/2568/O3");
        assertThat(hits()).isEqualTo(before + 1);
    }
}
