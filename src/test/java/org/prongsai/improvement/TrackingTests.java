package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.Refusal;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class TrackingTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    MeasureTracking tracking;

    @Autowired
    ProgressNotes notes;

    static PlanDocument plan(String issue) {
        return plan(issue, 2569);
    }

    static PlanDocument plan(String issue, int planYear) {
        var monthly = new PlanDocument.Measure(
                "ประชุมชี้แจงงบประมาณประจำเดือน",
                "กองคลัง",
                "นางสาวกนกวรรณ ทองดี",
                null,
                null,
                PlanDocument.Recurrence.MONTHLY,
                "รายงานการประชุม",
                List.of("O11"));
        var once = new PlanDocument.Measure(
                "เผยแพร่แผนการใช้จ่ายงบประมาณบนเว็บไซต์",
                "กองคลัง",
                null,
                null,
                org.prongsai.shared.FiscalYear.of(planYear)
                        .start()
                        .plusMonths(1)
                        .withDayOfMonth(30),
                PlanDocument.Recurrence.NONE,
                null,
                List.of("O11"));
        return new PlanDocument(
                planYear,
                planYear - 1,
                "เรื่อง ทดสอบการติดตาม",
                List.of("ย่อหน้า"),
                Map.of(),
                null,
                null,
                null,
                List.of(new PlanDocument.Row("IIT", "2", null, "i7", "ข้อ 7", issue, null, List.of(monthly, once))));
    }

    /** The 2569 plan with this issue: made once, then reworded in place as an officer's edit would. */
    private void saveIssue(org.prongsai.shared.AgencyId agency, String issue) {
        var existing = improvement.plan(agency, 2569);
        if (existing.isEmpty()) {
            improvement.create(agency, plan(issue));
            return;
        }
        var p = existing.get();
        var r = p.rows().get(0);
        improvement.save(
                agency,
                new PlanDocument(
                        p.planYear(),
                        p.assessedYear(),
                        p.subject(),
                        p.body(),
                        p.headings(),
                        p.announcedOn(),
                        p.signer(),
                        p.meeting(),
                        List.of(new PlanDocument.Row(
                                r.id(),
                                r.tool(),
                                r.indicator(),
                                r.indicatorLabel(),
                                r.reference(),
                                r.assessment(),
                                issue,
                                r.measuresIntro(),
                                r.measures()))));
    }

    @Test
    void followsEveryOccurrenceAndKeepsTheRecordWhenThePlanIsReworded() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        saveIssue(agency, "ข้อความเดิม");
        var finance = agencies.units(agency).stream()
                .filter(u -> u.nameTh().equals("กองคลัง"))
                .findFirst()
                .orElseThrow();
        var today = LocalDate.of(2026, 1, 15);
        var board = tracking.board(agency, finance.id(), today).stream()
                .filter(o -> o.planYear() == 2569)
                .toList();
        assertThat(board).hasSize(13);
        // Late ones first: October to December 2025 and the one due in November.
        assertThat(board.subList(0, 4)).allMatch(o -> o.lateOn(today));
        assertThat(board.get(4).lateOn(today)).isFalse();

        var first = board.get(0);
        tracking.changeStatus(agency, first.id(), Occurrence.Status.DONE, today);
        assertThatThrownBy(() -> tracking.changeStatus(agency, first.id(), Occurrence.Status.IN_PROGRESS, today))
                .isInstanceOf(PlanRefused.class);
        var exe = new byte[300];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> notes.addProgress(agency, first.id(), "แนบรายงาน", "report.pdf", exe, null))
                .isInstanceOf(Refusal.class);
        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        notes.addProgress(
                agency,
                first.id(),
                "ประชุมแล้ว แนบรายงานการประชุม",
                "minutes.pdf",
                pdf,
                "https://example.go.th/minutes");
        assertThat(notes.progress(agency, first.id())).hasSize(1);

        // Rewording the plan keeps what was done and written.
        saveIssue(agency, "ข้อความใหม่");
        var after = tracking.occurrence(agency, first.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(Occurrence.Status.DONE);
        assertThat(notes.progress(agency, first.id())).hasSize(1);
        assertThat(tracking.board(agency, finance.id(), today).stream().filter(o -> o.planYear() == 2569))
                .hasSize(13);
    }

    @Test
    void showsTheBoardAndRefusesAnEmptyProgressNote() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        saveIssue(agency, "ข้อความ");
        var browser = new Browser(port);
        browser.signIn("finance", "prongsai-demo", null);
        var board = browser.get("/admin/measures");
        assertThat(board.body()).contains("ประชุมชี้แจงงบประมาณประจำเดือน").contains("เกินกำหนด");
        var id = tracking.board(agency, null, LocalDate.now()).stream()
                .filter(o -> o.planYear() == 2569)
                .findFirst()
                .orElseThrow()
                .id();
        browser.get("/admin/measures/" + id);
        browser.post("/admin/measures/" + id + "/progress", Map.of("note", "", "link", "not a link"));
        assertThat(browser.get("/admin/measures/" + id).body()).contains("กรุณาเขียนบันทึกความคืบหน้า");
    }
}
