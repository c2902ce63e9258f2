package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.account.AccountManagement;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case is given to a unit and an investigator; investigators keep notes the reporter never reads. */
@ProngsaiTest
class CaseAssignmentTests {

    @LocalServerPort
    int port;

    @Autowired
    Complaints complaints;

    @Autowired
    CaseHandling handling;

    @Autowired
    CaseAssignment assignment;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseGoesToAUnitAndAnInvestigatorAndItsNotesStaySealedAndUnseenByTheReporter() {
        var agency = demo();
        var received = complaints.submit(
                agency, Reports.anonymous(Channel.GENERAL, "ท่อระบายน้ำหน้าตลาดอุดตันจนน้ำท่วมขังทุกครั้งที่ฝนตก"));
        var id = idOf(agency, received.number());

        var before = assignment.handling(agency, id);
        assertThat(before.unitId()).isNull();
        assertThat(before.assigneeId()).isNull();
        var investigator = accounts.accountByUsername(agency, "investigator").orElseThrow();
        assertThat(before.investigators())
                .extracting(a -> a.username())
                .contains("investigator")
                .doesNotContain("staff", "admin");
        var unit = before.units().get(0);

        assignment.assign(agency, id, unit.id(), investigator.id());
        var after = assignment.handling(agency, id);
        assertThat(after.unitId()).isEqualTo(unit.id());
        assertThat(after.assigneeId()).isEqualTo(investigator.id());
        assertThat(jdbc.sql("select count(*) from audit_event where agency_id = :a and action = 'assign'"
                                + " and entity_id = :n")
                        .param("a", agency.value())
                        .param("n", "#" + received.number())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        // Only an investigator of this agency, only a unit of this agency; nothing changes when refused.
        var staff = accounts.accountByUsername(agency, "staff").orElseThrow();
        assertThatThrownBy(() -> assignment.assign(agency, id, unit.id(), staff.id()))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.assign.not-investigator");
        assertThatThrownBy(() -> assignment.assign(agency, id, UUID.randomUUID(), null))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.assign.unit-unknown");
        assertThat(assignment.handling(agency, id).assigneeId()).isEqualTo(investigator.id());

        var secret = "พยานเห็นรถบรรทุกของผู้รับเหมาทิ้งเศษปูนลงท่อเมื่อคืนวันศุกร์";
        assignment.note(agency, id, secret);
        assertThat(assignment.handling(agency, id).notes())
                .extracting(CaseAssignment.Note::text)
                .containsExactly(secret);
        assertThatThrownBy(() -> assignment.note(agency, id, "  "))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.note.required");
        var stored = jdbc.sql("select body from complaint_note where agency_id = :a and case_id = :id")
                .param("a", agency.value())
                .param("id", id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("รถบรรทุก");
        assertThat(jdbc.sql("select count(*) from audit_event where agency_id = :a and after::text like :t")
                        .param("a", agency.value())
                        .param("t", "%รถบรรทุก%")
                        .query(Long.class)
                        .single())
                .isZero();
        var reporter = complaints.forReporter(agency, received.receipt()).orElseThrow();
        assertThat(reporter.messages()).noneMatch(m -> m.text().contains("รถบรรทุก"));
    }

    @Test
    void onlyInvestigatorsAssignOrWriteNotes() {
        var agency = demo();
        var received = complaints.submit(
                agency, Reports.anonymous(Channel.GENERAL, "ไฟส่องสว่างสนามเด็กเล่นดับมาสองสัปดาห์แล้ว"));
        var id = idOf(agency, received.number());
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        staff.get("/admin");
        assertThat(staff.post("/admin/complaints/" + id + "/notes", Map.of("note", "ลอง"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(staff.post("/admin/complaints/" + id + "/assignment", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(assignment.handling(agency, id).notes()).isEmpty();
        // Another agency's case is not found from this one.
        var other = agencies.create(new org.prongsai.agency.NewAgencyForm(
                "assign-" + UUID.randomUUID().toString().substring(0, 8),
                "",
                "องค์การบริหารส่วนตำบลมอบหมาย",
                "Assign SAO",
                org.prongsai.agency.AgencyKind.SAO,
                "S",
                "น่าน"));
        assertThatThrownBy(() -> assignment.note(other, id, "ไม่ควรได้"))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.case.unknown");
    }

    @Test
    void aReporterAddsEvidenceWithTheReceiptAndACaseKeepsAFewFilesAtMost() throws Exception {
        var agency = demo();
        var received =
                complaints.submit(agency, Reports.anonymous(Channel.GENERAL, "มีการเทขยะริมคลองทุกคืนใกล้สะพานไม้"));
        var id = idOf(agency, received.number());

        var replied = complaints
                .reply(
                        agency,
                        received.receipt(),
                        "ภาพเมื่อคืนนี้ครับ",
                        List.of(new Attachments.Upload("คลอง.png", png())))
                .orElseThrow();
        assertThat(replied.refused()).isNull();
        assertThat(replied.view().messages())
                .extracting(Complaints.Message::text)
                .contains("ภาพเมื่อคืนนี้ครับ");
        // Files alone are a reply too.
        assertThat(complaints
                        .reply(agency, received.receipt(), "", List.of(new Attachments.Upload("สอง.png", png())))
                        .orElseThrow()
                        .refused())
                .isNull();
        assertThat(handling.view(agency, id).orElseThrow().files())
                .extracting(Attachments.Listed::name)
                .containsExactly("คลอง.png", "สอง.png");

        // A file that is not what it says is refused, and nothing of that reply is kept.
        var fake = complaints
                .reply(
                        agency,
                        received.receipt(),
                        "อีกไฟล์",
                        List.of(new Attachments.Upload("ภาพ.png", "not a picture".getBytes(StandardCharsets.UTF_8))))
                .orElseThrow();
        assertThat(fake.refused()).isNotNull();
        assertThat(fake.view().messages()).extracting(Complaints.Message::text).doesNotContain("อีกไฟล์");

        // Twelve files at most in all.
        for (int i = 0; i < 3; i++) {
            complaints.reply(
                    agency,
                    received.receipt(),
                    "",
                    List.of(
                            new Attachments.Upload("a.png", png()),
                            new Attachments.Upload("b.png", png()),
                            new Attachments.Upload("c.png", png())));
        }
        assertThat(complaints
                        .reply(agency, received.receipt(), "", List.of(new Attachments.Upload("d.png", png())))
                        .orElseThrow()
                        .refused())
                .isNull();
        var full = complaints
                .reply(agency, received.receipt(), "", List.of(new Attachments.Upload("e.png", png())))
                .orElseThrow();
        assertThat(full.refused()).isNotNull().hasMessage("complaint.files.case-full");
        assertThat(handling.view(agency, id).orElseThrow().files()).hasSize(Complaints.MOST_FILES);
    }

    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private UUID idOf(AgencyId agency, int number) {
        return handling.cases(agency).stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private AgencyId demo() {
        return agencies.findIdBySlug("banprongsai").orElseThrow();
    }
}
