package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.StaffIdentity;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The executive signs what the officer sent, once, as another person; a scan must be a PDF. */
@ProngsaiTest
class SigningTests {

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

    record Person(AgencyId agencyId, UUID userId, String displayName) implements StaffIdentity {}

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(AgencyId agency, UUID id, String name) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(new Person(agency, id, name), null));
    }

    private AgencyId agencyWithPlan(String slug) {
        var agency = agencies.findIdBySlug(slug)
                .orElseGet(() -> agencies.create(
                        new NewAgencyForm(slug, "", "องค์การบริหารส่วนตำบลลงนาม", "", AgencyKind.SAO, "S", "ขอนแก่น")));
        if (agencies.units(agency).isEmpty()) {
            agencies.addUnit(agency, new UnitForm("กองคลัง", "Finance Division", null, null, 1));
        }
        var plan = TrackingTests.plan("ติดตามผล", 2570);
        improvement.create(
                agency,
                new PlanDocument(
                        plan.planYear(),
                        plan.assessedYear(),
                        plan.subject(),
                        plan.body(),
                        plan.headings(),
                        LocalDate.of(2026, 10, 2),
                        new PlanDocument.Signer("นายทดสอบ ลงนาม", "นายกองค์การบริหารส่วนตำบลลงนาม"),
                        null,
                        plan.rows()));
        return agency;
    }

    @Test
    void theExecutiveSignsOnceAndTheScanIsWhatIsPublished() throws Exception {
        var agency = agencyWithPlan("signing-scan");
        var officer = UUID.randomUUID();
        actAs(agency, officer, "นายเจ้าหน้าที่ ไอทีเอ");
        var submission = signing.submit(agency, 2570);
        assertThat(submission.status()).isEqualTo(AnnouncementSigning.Status.SUBMITTED);

        // Whoever sent it does not sign it too.
        assertThatThrownBy(() -> signing.sign(agency, 2570, submission.id(), null, null, null))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.not-yourself");

        actAs(agency, UUID.randomUUID(), "นายทดสอบ ลงนาม");
        // Another agency's request is nobody's here.
        var other = agencyWithPlan("signing-other");
        assertThatThrownBy(() -> signing.sign(other, 2570, submission.id(), null, null, null))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.not-found");
        // A picture is not a signed announcement: refused, and nothing issued.
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> signing.sign(agency, 2570, submission.id(), null, "scan.pdf", png))
                .isInstanceOf(Refusal.class);
        assertThat(announcements.announcements(agency, 2570)).isEmpty();
        // Nor bytes with no signature at all, whatever their name says.
        var noSignature = "\u0000\u0001garbage<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> signing.sign(agency, 2570, submission.id(), null, "scan.pdf", noSignature))
                .isInstanceOf(Refusal.class);
        assertThat(announcements.announcements(agency, 2570)).isEmpty();

        var scan = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        var issued = signing.sign(agency, 2570, submission.id(), "ปฏิบัติราชการแทนนายก", "signed.pdf", scan);
        assertThat(issued.pdfSha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(scan)));
        assertThat(issued.signedBy()).isEqualTo("นายทดสอบ ลงนาม");
        assertThat(issued.actingFor()).isEqualTo("ปฏิบัติราชการแทนนายก");
        assertThat(signing.latest(agency, 2570).orElseThrow().version()).isEqualTo(issued.version());

        // A replayed signature or a late return finds it decided.
        assertThatThrownBy(() -> signing.sign(agency, 2570, submission.id(), null, null, null))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.already-decided");
        assertThatThrownBy(() -> signing.giveBack(agency, 2570, submission.id(), "ช้าไป"))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.already-decided");
        assertThat(announcements.announcements(agency, 2570)).hasSize(1);
    }

    @Test
    void thePlanDoesNotChangeUnderTheExecutivesEyesUnlessTheRequestIsWithdrawn() {
        var agency = agencyWithPlan("signing-withdraw");
        actAs(agency, UUID.randomUUID(), "นายเจ้าหน้าที่ ไอทีเอ");
        var submission = signing.submit(agency, 2570);
        var plan = improvement.plan(agency, 2570).orElseThrow();
        var unchanged = plan.withRows(plan.rows());
        // A save, a dropped measure: refused while the executive reads what was sent.
        assertThatThrownBy(() -> improvement.save(agency, unchanged))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.plan-waiting");
        var measure = plan.rows().get(0).measures().get(0).id();
        assertThatThrownBy(() -> improvement.dropMeasure(agency, 2570, measure, "ไม่ทำแล้ว"))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.plan-waiting");
        // Nor from the measures board.
        assertThatThrownBy(() -> tracking.drop(agency, measure, "ไม่ทำแล้ว"))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.plan-waiting");

        signing.withdraw(agency, 2570, submission.id());
        assertThat(signing.latest(agency, 2570).orElseThrow().status()).isEqualTo(AnnouncementSigning.Status.WITHDRAWN);
        assertThat(signing.waiting(agency)).isEmpty();
        improvement.save(agency, unchanged);
        // Withdrawn, it is decided: it can be neither signed nor withdrawn again.
        actAs(agency, UUID.randomUUID(), "นายทดสอบ ลงนาม");
        assertThatThrownBy(() -> signing.sign(agency, 2570, submission.id(), null, null, null))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.already-decided");
        assertThatThrownBy(() -> signing.withdraw(agency, 2570, submission.id()))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.signing.already-decided");
    }

    @Test
    void aDropAndARequestToSignTakeTurns(@Autowired org.prongsai.document.FileStore files) throws Exception {
        var agency = agencyWithPlan("signing-race");
        var officer = UUID.randomUUID();
        var plan = improvement.plan(agency, 2570).orElseThrow();
        var dropped = plan.rows().get(0).measures().get(1);
        var results = new java.util.concurrent.ConcurrentHashMap<String, Boolean>();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var submit = pool.submit(() -> {
            start.await();
            actAs(agency, officer, "นายเจ้าหน้าที่ ไอทีเอ");
            signing.submit(agency, 2570);
            return null;
        });
        var drop = pool.submit(() -> {
            start.await();
            // A moment later: the request is being made when the drop arrives.
            Thread.sleep(30);
            try {
                tracking.drop(agency, dropped.id(), "ยกเลิกระหว่างส่ง");
                results.put("dropped", true);
            } catch (PlanRefused refused) {
                results.put("dropped", false);
            }
            return null;
        });
        start.countDown();
        submit.get();
        drop.get();
        pool.shutdown();
        // Either the drop came first and the request carries the plan without it, or the drop was refused.
        var sent = signing.latest(agency, 2570).orElseThrow();
        byte[] pdf;
        try (var in = files.open(sent.pdfSha256()).orElseThrow()) {
            pdf = in.readAllBytes();
        }
        var file = java.nio.file.Files.createTempFile("signing-race", ".pdf");
        java.nio.file.Files.write(file, pdf);
        var process = new ProcessBuilder("pdftotext", file.toString(), "-").start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(process.waitFor()).isZero();
        if (results.get("dropped")) {
            assertThat(text).doesNotContain("เผยแพร่แผนการใช้จ่ายงบประมาณ");
        } else {
            assertThat(text).contains("เผยแพร่แผนการใช้จ่ายงบประมาณ");
        }
    }
}
