package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Artifacts;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class QuarterlyReportTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    MeasureTracking tracking;

    @Autowired
    QuarterlyReports reports;

    @Test
    void reportsTheQuarterAndRecordsTheExecutivesAcknowledgement() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        improvement.save(agency, TrackingTests.plan("รายงานรายไตรมาส", 2570));
        var today = LocalDate.of(2027, 1, 15);
        var october = tracking.board(agency, null, today).stream()
                .filter(o -> o.planYear() == 2570 && LocalDate.of(2026, 10, 31).equals(o.dueOn()))
                .findFirst()
                .orElseThrow();
        if (october.status() != Occurrence.Status.DONE) {
            tracking.changeStatus(agency, october.id(), Occurrence.Status.DONE, today);
        }

        // Quarter 1 of 2570: October to December 2026. Due: three monthly meetings and the one-off of 30 November.
        var report = reports.report(agency, 2570, 1, today);
        var finance = report.byUnit().stream()
                .filter(l -> l.label().equals("กองคลัง"))
                .findFirst()
                .orElseThrow();
        assertThat(finance.due()).isEqualTo(4);
        assertThat(finance.done()).isEqualTo(1);
        assertThat(finance.late()).isEqualTo(3);
        assertThat(report.byIndicator()).extracting(QuarterlyReport.Line::label).containsExactly("IIT ตัวชี้วัดที่ 2");

        var pdf = reports.pdf(agency, report);
        var file = Artifacts.dir().resolve("quarterly-report-2570-q1.pdf");
        Files.write(file, pdf);
        org.prongsai.support.PdfFonts.assertAllEmbedded(file);
        var process = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(text)
                .contains("ไตรมาสที่๑ปีงบประมาณพ.ศ.๒๕๗๐")
                .contains("กองคลัง")
                .contains("เผยแพร่แผนการใช้จ่ายงบประมาณ");
        new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        file.toString(),
                        Artifacts.dir().resolve("quarterly-report").toString())
                .start()
                .waitFor(30, TimeUnit.SECONDS);

        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get("/admin/plans/2570/reports/1");
        assertThat(officer.post("/admin/plans/2570/reports/1/acknowledge", Map.of())
                        .statusCode())
                .isEqualTo(403);
        var mayor = new Browser(port);
        mayor.signIn("mayor", "prongsai-demo", null);
        mayor.get("/admin/plans/2570/reports/1");
        mayor.post("/admin/plans/2570/reports/1/acknowledge", Map.of());
        assertThat(mayor.get("/admin/plans/2570/reports/1").body())
                .contains("ผู้บริหารรับทราบแล้ว: นายสมชาย รักษ์ถิ่น");
        assertThat(reports.report(agency, 2570, 1, today).acknowledgedBy()).isEqualTo("นายสมชาย รักษ์ถิ่น");

        // As acknowledged, the report is public: the evidence that the measures are carried out.
        var citizen = new Browser(port);
        var published = citizen.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/reports/2570/1.pdf"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(published.body())))
                .isEqualTo(reports.acknowledgedReports(agency, 2570).get(1));
        // 2570 numbers the report on the measures O26 (O43 until 2567).
        assertThat(citizen.get("/oit/2570/O26").body()).contains("href=\"/reports/2570/1.pdf\"");
        var notSeen = citizen.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/reports/2570/2.pdf"))
                .build());
        assertThat(notSeen.statusCode()).isEqualTo(404);
    }
}
