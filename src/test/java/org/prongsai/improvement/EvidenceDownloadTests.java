package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The executive and the ITA officer open a measure's evidence files; a file is served only from its own measure. */
@ProngsaiTest
class EvidenceDownloadTests {

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

    @Test
    void theExecutiveOpensTheEvidenceOfAMeasureAndNothingElseByItsId() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        improvement.create(agency, TrackingTests.plan("หลักฐานเปิดได้", 2568));
        var today = LocalDate.of(2025, 2, 1);
        var board = tracking.board(agency, null, today).stream()
                .filter(o -> o.planYear() == 2568)
                .toList();
        var first = board.get(0);
        var other = board.get(1);
        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        notes.addProgress(agency, first.id(), "รายงานการประชุม", "minutes.pdf", pdf, null);
        var fileId = notes.progress(agency, first.id()).get(0).evidenceFile();

        var mayor = new Browser(port);
        mayor.signIn("mayor", "prongsai-demo", null);
        assertThat(mayor.get("/admin/measures/" + first.id()).body())
                .contains("/admin/measures/" + first.id() + "/files/" + fileId)
                // Why the measure exists: its row's tool, indicator and issue, and what it must give.
                .contains("หลักฐานเปิดได้")
                .contains("ข้อ 7")
                .contains("O11");
        var file = mayor.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/admin/measures/" + first.id() + "/files/" + fileId))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        // The same file asked for through another measure is not found.
        assertThat(mayor.get("/admin/measures/" + other.id() + "/files/" + fileId)
                        .statusCode())
                .isEqualTo(404);
        // The plan and its tracking as a workbook: one line per measure, B.E. dates, the done occurrence.
        var xlsx = mayor.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/plans/2568/plan.xlsx"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var measures = workbook.getSheet("มาตรการ Measures");
            assertThat(measures.getLastRowNum()).isEqualTo(2);
            // Headers in both languages, for readers of either.
            assertThat(measures.getRow(0).getCell(6).getStringCellValue()).isEqualTo("หน่วยงานรับผิดชอบ Unit");
            assertThat(measures.getRow(0).getCell(12).getStringCellValue()).isEqualTo("ข้อ OIT OIT items");
            assertThat(measures.getRow(1).getCell(5).getStringCellValue()).isEqualTo("ประชุมชี้แจงงบประมาณประจำเดือน");
            assertThat(measures.getRow(2).getCell(9).getStringCellValue()).endsWith("/2567");
            var tracking = workbook.getSheet("การติดตาม Tracking");
            assertThat(tracking.getLastRowNum()).isEqualTo(board.size());
            // States and recurrences in words, not codes.
            assertThat(measures.getRow(1).getCell(10).getStringCellValue()).isEqualTo("ทุกเดือน");
            for (int r = 1; r <= tracking.getLastRowNum(); r++) {
                assertThat(tracking.getRow(r).getCell(4).getStringCellValue())
                        .isIn("ยังไม่เริ่ม", "กำลังดำเนินการ", "ดำเนินการแล้ว", "ยกเลิก");
            }
        }

        // The ITA officer (of another unit) follows every unit's measures: the board opens on all of them.
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        assertThat(officer.get("/admin/measures").body()).contains("ประชุมชี้แจงงบประมาณประจำเดือน");
        // The board and the report offer the year's workbook to those who may read the plan; a unit's staff,
        // who may not, are not offered a link that would refuse them.
        assertThat(officer.get("/admin/measures").body()).contains("/plan.xlsx");
        // Filtered: words that match no measure find none; the open ones of the second quarter include it.
        assertThat(officer.get("/admin/measures?unit=all&show=LATE&q="
                                + java.net.URLEncoder.encode(
                                        "ไม่มีมาตรการนี้", java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .doesNotContain("ประชุมชี้แจงงบประมาณประจำเดือน");
        assertThat(officer.get("/admin/measures?unit=all&show=OPEN&quarter=2").body())
                .contains("ประชุมชี้แจงงบประมาณประจำเดือน");

        // A unit records its own measures only: another unit's staff are refused, the measure's unit is not.
        var otherUnit = new Browser(port);
        otherUnit.signIn("staff", "prongsai-demo", null);
        assertThat(otherUnit.get("/admin/measures").body()).doesNotContain("/plan.xlsx");
        otherUnit.get("/admin/measures/" + other.id());
        assertThat(otherUnit
                        .post("/admin/measures/" + other.id() + "/status", java.util.Map.of("status", "IN_PROGRESS"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(otherUnit
                        .post("/admin/measures/" + other.id() + "/drop", java.util.Map.of("reason", "ไม่ทำ"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(tracking.occurrence(agency, other.id()).orElseThrow().status())
                .isEqualTo(Occurrence.Status.PLANNED);
        var ownUnit = new Browser(port);
        ownUnit.signIn("finance", "prongsai-demo", null);
        ownUnit.get("/admin/measures/" + other.id());
        assertThat(ownUnit.post("/admin/measures/" + other.id() + "/status", java.util.Map.of("status", "IN_PROGRESS"))
                        .statusCode())
                .isEqualTo(302);
        // A request id that does not exist is a page that says so, not a failure.
        assertThat(mayor.get("/admin/plans/2568/signing/" + java.util.UUID.randomUUID())
                        .statusCode())
                .isIn(200, 302, 404);

        // Nor by anyone signed out.
        assertThat(new Browser(port)
                        .get("/admin/measures/" + first.id() + "/files/" + fileId)
                        .statusCode())
                .isIn(302, 401, 403);
    }
}
