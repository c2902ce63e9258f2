package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editing a plan with progress loses nothing: rows and measures are updated by id, a measure with progress
 * cannot be deleted (only dropped with a reason), and starting or importing a plan never replaces one.
 */
@ProngsaiTest
class PlanEditsKeepTrackedWorkTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    MeasureTracking tracking;

    @Autowired
    ProgressNotes notes;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private AgencyId agency(String slug) {
        var agency = agencies.findIdBySlug(slug)
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        slug, "", "องค์การบริหารส่วนตำบลทดสอบ", "Test SAO", AgencyKind.SAO, "S", "ตาก")));
        if (agencies.units(agency).isEmpty()) {
            agencies.addUnit(agency, new UnitForm("กองคลัง", "Finance Division", null, null, 1));
        }
        return agency;
    }

    private static PlanDocument.Measure measure(String text) {
        return new PlanDocument.Measure(
                text, "กองคลัง", null, null, LocalDate.of(2026, 3, 31), PlanDocument.Recurrence.NONE, null, List.of());
    }

    private static PlanDocument withRows(PlanDocument plan, List<PlanDocument.Row> rows) {
        return new PlanDocument(
                plan.planYear(),
                plan.assessedYear(),
                plan.subject(),
                plan.body(),
                plan.headings(),
                plan.announcedOn(),
                plan.signer(),
                plan.meeting(),
                rows);
    }

    private static PlanDocument.Row withMeasures(PlanDocument.Row row, List<PlanDocument.Measure> measures) {
        return new PlanDocument.Row(
                row.id(),
                row.tool(),
                row.indicator(),
                row.indicatorLabel(),
                row.reference(),
                row.assessment(),
                row.issue(),
                row.measuresIntro(),
                measures);
    }

    @Test
    void removingAMeasureLeavesTheOthersAndTheirDoneWorkAlone() throws Exception {
        var agency = agency("keeptracked");
        var draft = TrackingTests.plan("ทดสอบการแก้ไขแผน", 2569);
        var row = draft.rows().get(0);
        improvement.create(
                agency,
                withRows(draft, List.of(withMeasures(row, List.of(measure("มาตรการ ก"), measure("มาตรการ ข"))))));
        var saved = improvement.plan(agency, 2569).orElseThrow();
        var a = saved.rows().get(0).measures().get(0);
        var b = saved.rows().get(0).measures().get(1);
        // B is done, with a note.
        var bOccurrence = tracking.board(agency, null, LocalDate.of(2026, 4, 1)).stream()
                .filter(o -> o.measureId().equals(b.id()))
                .findFirst()
                .orElseThrow();
        tracking.changeStatus(agency, bOccurrence.id(), Occurrence.Status.DONE, LocalDate.of(2026, 3, 20));
        notes.addProgress(agency, bOccurrence.id(), "จัดทำแล้ว", null, null, null);

        // A is removed: B keeps its id, its DONE occurrence and its note.
        improvement.save(
                agency, withRows(saved, List.of(withMeasures(saved.rows().get(0), List.of(b)))));
        var after = improvement.plan(agency, 2569).orElseThrow().rows().get(0).measures();
        assertThat(after).extracting(PlanDocument.Measure::id).containsExactly(b.id());
        var kept = tracking.occurrence(agency, bOccurrence.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(Occurrence.Status.DONE);
        assertThat(notes.progress(agency, bOccurrence.id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from improvement_measure where id = :id")
                        .param("id", a.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        // Rewording B keeps it too; reordering rows or adding one does not move its work to another measure.
        var reworded = new PlanDocument.Measure(
                b.id(),
                "มาตรการ ข (แก้ถ้อยคำ)",
                b.unit(),
                b.responsible(),
                b.startsOn(),
                b.dueOn(),
                b.recurrence(),
                b.expectedOutput(),
                b.oitItems());
        var current = improvement.plan(agency, 2569).orElseThrow();
        improvement.save(
                agency,
                withRows(
                        current,
                        List.of(
                                new PlanDocument.Row(
                                        "IIT",
                                        "1",
                                        null,
                                        "i1",
                                        "ข้อ 1",
                                        "แถวใหม่",
                                        null,
                                        List.of(measure("มาตรการ ค"))),
                                withMeasures(current.rows().get(0), List.of(reworded)))));
        assertThat(tracking.occurrence(agency, bOccurrence.id()).orElseThrow().status())
                .isEqualTo(Occurrence.Status.DONE);
        var rows = improvement.plan(agency, 2569).orElseThrow().rows();
        assertThat(rows.get(1).measures()).extracting(PlanDocument.Measure::id).containsExactly(b.id());
        assertThat(rows.get(1).measures().get(0).text()).isEqualTo("มาตรการ ข (แก้ถ้อยคำ)");

        // B cannot be deleted, by emptying its row or removing the row: refused, and nothing changes.
        var latest = improvement.plan(agency, 2569).orElseThrow();
        assertThatThrownBy(() -> improvement.save(
                        agency, withRows(latest, List.of(latest.rows().get(0)))))
                .isInstanceOfSatisfying(PlanRefused.class, e -> assertThat(e.problems())
                        .extracting(PlanRefused.Problem::key)
                        .containsExactly("improvement.measure.tracked"));
        assertThat(improvement.plan(agency, 2569).orElseThrow().rows()).hasSize(2);

        // Dropped with a reason, it leaves the plan; its done work stays.
        improvement.dropMeasure(agency, 2569, b.id(), "งบประมาณไม่เพียงพอ");
        var withoutB = improvement.plan(agency, 2569).orElseThrow();
        assertThat(withoutB.rows().get(1).measures()).isEmpty();
        assertThat(tracking.occurrence(agency, bOccurrence.id()).orElseThrow().status())
                .isEqualTo(Occurrence.Status.DONE);
        improvement.save(agency, withRows(withoutB, List.of(withoutB.rows().get(0))));
        assertThat(notes.progress(agency, bOccurrence.id())).hasSize(1);
    }

    @Test
    void startingOrImportingAgainNeverReplacesAPlan() {
        var agency = agency("keeptracked");
        if (improvement.plan(agency, 2570).isEmpty()) {
            improvement.create(agency, TrackingTests.plan("แผนเดิม", 2570));
        }
        assertThatThrownBy(() -> improvement.create(agency, TrackingTests.plan("แผนใหม่", 2570)))
                .isInstanceOfSatisfying(PlanRefused.class, e -> assertThat(e.problems())
                        .extracting(PlanRefused.Problem::key)
                        .containsExactly("improvement.plan.exists"));
        assertThat(improvement.plan(agency, 2570).orElseThrow().rows().get(0).issue())
                .isEqualTo("แผนเดิม");

        // The same through the web, as a repeated or stale "start" would send it.
        var demo = agencies.findIdBySlug("banprongsai").orElseThrow();
        if (improvement.plan(demo, 2566).isEmpty()) {
            improvement.create(demo, TrackingTests.plan("แผนของปี 2566", 2566));
        }
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get("/admin/plans/2566");
        officer.post("/admin/plans/2566/start", Map.of("from", "empty"));
        assertThat(officer.get("/admin/plans/2566").body()).contains("มีแผนอยู่แล้ว");
        assertThat(improvement.plan(demo, 2566).orElseThrow().rows()).isNotEmpty();
    }

    @Test
    void anEmptyPlanTakesRowsAndAFormRefusalKeepsEachTypedDateBesideItsOwnMeasure() {
        var demo = agencies.findIdBySlug("banprongsai").orElseThrow();
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        if (improvement.plan(demo, 2572).isEmpty()) {
            officer.get("/admin/plans/2572");
            officer.post("/admin/plans/2572/start", Map.of("from", "empty"));
        }
        assertThat(officer.get("/admin/plans/2572").body())
                .contains("แผนนี้ยังไม่มีแถว")
                .contains("เพิ่มแถว");
        var added = officer.post(
                "/admin/plans/2572/rows",
                Map.of("tool", "OIT", "indicator", "9", "reference", "O11", "issue", "เผยแพร่แผนการใช้จ่ายงบประมาณ"));
        assertThat(Browser.location(added)).endsWith("/admin/plans/2572/rows/0");
        assertThat(officer.get("/admin/plans/2572/rows/0").body())
                .contains("เพิ่มแถวแล้ว")
                .doesNotContain("??");
        // An indicator that is not a number is refused, and nothing is added.
        officer.post(
                "/admin/plans/2572/rows",
                Map.of("tool", "IIT", "indicator", "abc", "reference", "", "issue", "ข้อความ"));
        assertThat(officer.get("/admin/plans/2572").body()).contains("ตัวชี้วัด &quot;abc&quot; ไม่ถูกต้อง");
        var row = improvement.plan(demo, 2572).orElseThrow().rows().get(0);
        assertThat(row.tool()).isEqualTo("OIT");

        // Measure 1 emptied, measure 2 given an impossible due date: the form comes back with measure 2's
        // typed date in measure 2's block, and says which field of which measure.
        officer.get("/admin/plans/2572/rows/0");
        var refused = officer.post(
                "/admin/plans/2572/rows/0",
                Map.of(
                        "rowId", row.id().toString(),
                        "issue", row.issue(),
                        "measures[0].text", "",
                        "measures[0].unit", "กองคลัง",
                        "measures[0].dueOn", "15/10/2571",
                        "measures[1].text", "ประชุมชี้แจง",
                        "measures[1].unit", "กองคลัง",
                        "measures[1].dueOn", "31/02/2572"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("แถวที่ 1 มาตรการที่ 2 (กำหนดเสร็จ): ไม่มีวันที่ &quot;31/02/2572&quot; ในปฏิทิน")
                .containsPattern("name=\"measures\\[1\\].dueOn\" value=\"31/02/2572\"")
                .containsPattern("name=\"measures\\[0\\].dueOn\" value=\"15/10/2571\"");

        // A row added by mistake is removed, with its measures (none tracked here).
        officer.post(
                "/admin/plans/2572/rows",
                Map.of("tool", "OIT", "indicator", "10", "reference", "", "issue", "แถวที่เพิ่มผิด"));
        var mistaken = improvement.plan(demo, 2572).orElseThrow().rows().get(1);
        officer.get("/admin/plans/2572/rows/1");
        officer.post(
                "/admin/plans/2572/rows/1/delete", Map.of("rowId", mistaken.id().toString()));
        assertThat(improvement.plan(demo, 2572).orElseThrow().rows())
                .extracting(PlanDocument.Row::issue)
                .doesNotContain("แถวที่เพิ่มผิด");
        assertThat(officer.get("/admin/plans/2572").body()).contains("ลบแถวออกจากแผนแล้ว");

        // The executive reads the row but has no save button.
        var mayor = new Browser(port);
        mayor.signIn("mayor", "prongsai-demo", null);
        assertThat(mayor.get("/admin/plans/2572/rows/0").body())
                .contains("เผยแพร่แผนการใช้จ่ายงบประมาณ")
                .doesNotContain("class=\"primary\"");
    }

    @Test
    void aMeasureCitesTheOitItemsOfTheYearThePlanAnswers() {
        var agency = agency("keeptracked");
        var draft = TrackingTests.plan("อ้างอิงข้อ OIT", 2571);
        var row = draft.rows().get(0);
        var citing42 = new PlanDocument.Measure(
                "เผยแพร่มาตรการ", "กองคลัง", null, null, null, PlanDocument.Recurrence.NONE, null, List.of("O42"));
        // 2571 answers 2570, whose list has 26 items: O42 (the plan until 2567) is not one of them.
        assertThatThrownBy(() ->
                        improvement.create(agency, withRows(draft, List.of(withMeasures(row, List.of(citing42))))))
                .isInstanceOfSatisfying(PlanRefused.class, e -> assertThat(e.problems())
                        .extracting(PlanRefused.Problem::key)
                        .containsExactly("improvement.check.oit-item-unknown"));
        var citing25 = new PlanDocument.Measure(
                "เผยแพร่มาตรการ", "กองคลัง", null, null, null, PlanDocument.Recurrence.NONE, null, List.of("O25"));
        improvement.create(agency, withRows(draft, List.of(withMeasures(row, List.of(citing25)))));
        assertThat(improvement
                        .plan(agency, 2571)
                        .orElseThrow()
                        .rows()
                        .get(0)
                        .measures()
                        .get(0)
                        .oitItems())
                .containsExactly("O25");
    }
}
