package org.prongsai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.disclosure.DisclosureManagement;
import org.prongsai.disclosure.ItemStatus;
import org.prongsai.improvement.AnnouncementSigning;
import org.prongsai.improvement.Announcements;
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.improvement.MeasureTracking;
import org.prongsai.improvement.Occurrence;
import org.prongsai.improvement.ProgressNotes;
import org.prongsai.improvement.QuarterlyReports;
import org.prongsai.support.FreshDataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** A newcomer's first start: the demo agency has gone through one whole ITA cycle, every step as its person. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prongsai.demo=true",
            // The published logins the tests sign in with (a real demo makes its own: DemoSecretsTests).
            "prongsai.demo.fixed-secrets=true",
            "prongsai.database.embedded-durable=false",
            "server.shutdown=immediate",
            "prongsai.flood.enabled=false"
        })
@ContextConfiguration(initializers = FreshDataDirectory.class)
class DemoCycleTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AssessmentManagement assessment;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    Announcements announcements;

    @Autowired
    AnnouncementSigning signing;

    @Autowired
    MeasureTracking tracking;

    @Autowired
    ProgressNotes notes;

    @Autowired
    QuarterlyReports reports;

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    DemoCycle cycle;

    @Autowired
    org.prongsai.search.SearchIndex search;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theDemoAgencyHasGoneThroughOneWholeCycle() throws Exception {
        var agency = agencies.findIdBySlug(DemoData.DEMO_SLUG).orElseThrow();

        // The NACC's 2566 results, weak on the questions the reference announcement answers.
        assertThat(assessment.official(agency, 2566)).isPresent();
        assertThat(assessment.weakPoints(agency, 2566, 85.0).stream().map(w -> w.id()))
                .contains("i7", "i8", "i19", "e10", "e15");

        // The reference's 16 rows, in this agency's name, signed by its mayor.
        var plan = improvement.plan(agency, 2567).orElseThrow();
        assertThat(plan.rows()).hasSize(16);
        assertThat(plan.toString()).doesNotContain("ทุ่งต่อ").contains("บ้านโปร่งใส");
        assertThat(plan.signer().name()).isEqualTo("นายสมชาย รักษ์ถิ่น");
        // The items a measure cites are kept as an array: which measures cite O11 is one query.
        assertThat(jdbc.sql("select count(*) from improvement_measure where agency_id = :a and 'O11' = any(oit_items)")
                        .param("a", agency.value())
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(plan.rows().stream().flatMap(r -> r.measures().stream()).flatMap(m -> m.oitItems().stream()))
                .allMatch(item -> item.matches("O\\d{1,2}"));
        var issued = announcements.announcements(agency, 2567);
        assertThat(issued).hasSize(1);
        var submission = signing.latest(agency, 2567).orElseThrow();
        assertThat(submission.status()).isEqualTo(AnnouncementSigning.Status.SIGNED);
        assertThat(submission.submittedBy()).isEqualTo("นายปกรณ์ มั่นคง");
        assertThat(issued.get(0).signedBy()).isEqualTo("นายสมชาย รักษ์ถิ่น");

        // Every measure done on a day of the quarter it was due in, each with a note and a file.
        var board = tracking.board(agency, null, LocalDate.now()).stream()
                .filter(o -> o.planYear() == 2567)
                .toList();
        assertThat(board).hasSize(37).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Occurrence.Status.DONE);
            var quarterStart = o.dueOn().withDayOfMonth(1).minusMonths(2);
            assertThat(o.doneOn()).isBetween(quarterStart, o.dueOn());
            assertThat(notes.progress(agency, o.id()))
                    .anySatisfy(p -> assertThat(p.evidenceFile()).isNotNull());
        });
        // Each quarter's report lists the evidence of the measures done in it, written later as it was.
        assertThat(reports.report(agency, 2567, 1, LocalDate.now()).evidence()).isNotEmpty();

        // Every report acknowledged by the mayor; the plan and the reports are the evidence of O42 and O43.
        assertThat(reports.acknowledgedReports(agency, 2567)).containsOnlyKeys(1, 2, 3, 4);
        assertThat(disclosure.item(agency, 2567, "O42").orElseThrow().state()).isEqualTo(ItemStatus.State.COMPLETE);
        assertThat(disclosure.item(agency, 2567, "O43").orElseThrow().state()).isEqualTo(ItemStatus.State.COMPLETE);

        // A citizen sees the announcement on the public site.
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oit/2567/O42"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/announcements/2567/1.pdf");

        // The demo's results file has no total: the public page says its total is computed, not the NACC's.
        var results = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ita"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(results.body()).contains("คำนวณจากคะแนนรายข้อ ไม่ใช่คะแนนรวมที่ ป.ป.ช. ประกาศ");

        // The officer sees the plan as signed, with the way to the signature, and is offered a revised version.
        var officer = new org.prongsai.support.Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        assertThat(officer.get("/admin/plans/2567").body())
                .contains("ลงนามแล้ว ประกาศฉบับที่ 1")
                .contains("/admin/plans/2567/signing/" + submission.id())
                .contains("ส่งฉบับแก้ไขให้ผู้บริหารลงนาม")
                .doesNotContain("แผนมีการแก้ไขหลังผู้บริหารลงนาม");

        // The back office's copy of an acknowledged report is the one the mayor saw, byte for byte.
        var stored = officer.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/plans/2567/reports/1.pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(stored.body())))
                .isEqualTo(reports.acknowledgedReports(agency, 2567).get(1));

        // Search finds the announcement by the words of its rows, and the acknowledged reports.
        search.rebuild(agency);
        var budget = search.search(agency, "งบประมาณ", "announcement", 0);
        assertThat(budget.hits())
                .extracting(org.prongsai.search.SearchIndex.Hit::url)
                .contains("/announcements/2567/1.pdf");
        assertThat(search.search(agency, "รายงานผลการดำเนินการตามแผนปรับปรุง", "report", 0)
                        .hits())
                .hasSize(4);

        // Changed after the signature: the plan says the published version is still the signed one.
        improvement.save(agency, improvement.plan(agency, 2567).orElseThrow());
        assertThat(officer.get("/admin/plans/2567").body()).contains("แผนมีการแก้ไขหลังผู้บริหารลงนามประกาศฉบับที่ 1");

        // Made once: a second start leaves the cycle as it is.
        cycle.run(null);
        assertThat(announcements.announcements(agency, 2567)).hasSize(1);
    }
}
