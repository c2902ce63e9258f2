package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.document.ThaiPdf;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence files: searched by their text, versioned with a publication date and a unit, checked that they open. */
@ProngsaiTest
class EvidenceDocumentsTests {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    EvidenceSearch evidenceSearch;

    @Autowired
    EvidencePublishing publishing;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    LinkChecker checker;

    @Autowired
    JdbcClient jdbc;

    @Value("${prongsai.data-dir}")
    Path dataDir;

    static byte[] pdf(String text) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var pdf = ThaiPdf.a4(out)) {
            pdf.title("รายงานประจำปี").paragraph(text);
        }
        return out.toByteArray();
    }

    static byte[] docx(String text) throws Exception {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Opens the item's form, as a person would, and sends it with one file. */
    private static java.net.http.HttpResponse<String> publish(
            Browser officer, String item, Map<String, String> fields, String fileName, String type, byte[] content) {
        officer.get("/admin/oit/2568/" + item);
        return officer.postFile("/admin/oit/2568/" + item, fields, "file", fileName, type, content);
    }

    private Browser officer() {
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        return officer;
    }

    @Test
    void findsWordsThatAreOnlyInsideAnUploadedPdfOrWordFile() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var officer = officer();
        var saved = publish(
                officer,
                "O14",
                Map.of("title", "รายงานผลการดำเนินงาน", "dataYear", "2568"),
                "report.pdf",
                PDF,
                pdf("โครงการก่อสร้างฝายชะลอน้ำบ้านหนองบัวแล้วเสร็จตามแผน"));
        assertThat(Browser.location(saved)).endsWith("/admin/oit/2568/O14");
        publish(
                officer,
                "O15",
                Map.of("title", "คู่มือการให้บริการ", "dataYear", "2568"),
                "manual.docx",
                DOCX,
                docx("ขั้นตอนการขออนุญาตจัดตลาดนัดชุมชนวันอาทิตย์"));

        assertThat(evidenceSearch.search(agency, "ฝายชะลอน้ำ"))
                .extracting(EvidenceSearch.Found::itemId, EvidenceSearch.Found::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("O14", "report.pdf"));
        assertThat(evidenceSearch.search(agency, "ตลาดนัด"))
                .extracting(EvidenceSearch.Found::itemId)
                .containsExactly("O15");
        var page = new Browser(port).get("/oit/search?q=" + enc("หนองบัว")).body();
        assertThat(page).contains("รายงานผลการดำเนินงาน").contains("report.pdf");
    }

    @Test
    void keepsEarlierVersionsListedAndSearchesOnlyTheCurrentOne() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var finance = agencies.units(agency).stream()
                .filter(u -> u.nameTh().contains("คลัง"))
                .findFirst()
                .orElseThrow();
        var officer = officer();
        publish(
                officer,
                "O16",
                Map.of(
                        "title", "แผนการจัดซื้อจัดจ้าง",
                        "dataYear", "2568",
                        "unitId", finance.id().toString(),
                        "publishedOn", "2024-10-15"),
                "procurement-v1.pdf",
                PDF,
                pdf("จัดซื้อรถบรรทุกขยะมูลฝอยหนึ่งคัน"));
        var evidence = disclosure.item(agency, 2568, "O16").orElseThrow().evidence().stream()
                .filter(e -> e.id() != null)
                .findFirst()
                .orElseThrow();
        assertThat(evidence.publishedOn()).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
        assertThat(evidence.unit().id()).isEqualTo(finance.id());

        var exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        officer.get("/admin/oit/2568/O16");
        var refused = officer.postFile(
                "/admin/oit/2568/O16/evidence/" + evidence.id() + "/version",
                Map.of("publishedOn", "2025-01-20"),
                "file",
                "procurement-v2.pdf",
                PDF,
                exe);
        assertThat(refused.body()).contains("ไม่รับไฟล์ประเภทนี้");
        assertThat(disclosure.item(agency, 2568, "O16").orElseThrow().evidence())
                .filteredOn(e -> e.id() != null)
                .singleElement()
                .satisfies(e -> assertThat(e.version()).isEqualTo(1));

        officer.get("/admin/oit/2568/O16");
        var replaced = officer.postFile(
                "/admin/oit/2568/O16/evidence/" + evidence.id() + "/version",
                Map.of("publishedOn", "2025-01-20"),
                "file",
                "procurement-v2.pdf",
                PDF,
                pdf("จัดซื้อเครื่องสูบน้ำพลังงานแสงอาทิตย์"));
        assertThat(Browser.location(replaced)).endsWith("/admin/oit/2568/O16");
        assertThat(officer.get("/admin/oit/2568/O16").body()).contains("เผยแพร่ฉบับที่ 2 แล้ว");

        var page = new Browser(port).get("/oit/2568/O16").body();
        assertThat(page)
                .contains("procurement-v2.pdf")
                .contains("(ฉบับที่ 2)")
                .contains("ฉบับก่อนหน้า (1)")
                .contains("procurement-v1.pdf")
                .contains("เผยแพร่เมื่อ 20 ม.ค. 2568")
                .contains("โดย " + finance.nameTh());
        var earlier = disclosure.item(agency, 2568, "O16").orElseThrow().evidence().stream()
                .filter(e -> e.id() != null)
                .findFirst()
                .orElseThrow()
                .earlier();
        assertThat(earlier).singleElement().satisfies(v -> {
            assertThat(v.fileName()).isEqualTo("procurement-v1.pdf");
            assertThat(v.publishedOn()).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
        });
        assertThat(new Browser(port)
                        .get("/oit/files/" + earlier.get(0).fileId())
                        .statusCode())
                .isEqualTo(200);
        assertThat(evidenceSearch.search(agency, "เครื่องสูบน้ำ"))
                .extracting(EvidenceSearch.Found::itemId)
                .contains("O16");
        assertThat(evidenceSearch.search(agency, "รถบรรทุกขยะ")).isEmpty();
    }

    @Test
    void refusesAFileThatDoesNotOpenAFutureDateAndAStrangeUnitKeepingWhatWasTyped() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var officer = officer();
        var broken = publish(
                officer,
                "O17",
                Map.of("title", "รายงานความพึงพอใจ", "dataYear", "2568"),
                "survey.pdf",
                PDF,
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body())
                .contains("ไฟล์ &quot;survey.pdf&quot; เปิดไม่ได้")
                .contains("value=\"รายงานความพึงพอใจ\"");

        officer.get("/admin/oit/2568/O17");
        var future = officer.post(
                "/admin/oit/2568/O17",
                Map.of("title", "รายงานล่วงหน้า", "body", "ข้อความ", "publishedOn", "01/01/2600"));
        assertThat(future.body()).contains("วันที่เผยแพร่ต้องไม่เป็นวันในอนาคต").contains("value=\"01/01/2600\"");

        // Dates are day/month/B.E.: a Christian-Era year, an impossible year or day is refused in words.
        officer.get("/admin/oit/2568/O17");
        assertThat(officer.post(
                                "/admin/oit/2568/O17",
                                Map.of("title", "รายงาน", "body", "ข้อความ", "publishedOn", "31/12/2024"))
                        .body())
                .contains("ปี 2024 ไม่ใช่ปีพุทธศักราช");
        officer.get("/admin/oit/2568/O17");
        assertThat(officer.post(
                                "/admin/oit/2568/O17",
                                Map.of("title", "รายงาน", "body", "ข้อความ", "publishedOn", "2999-01-01"))
                        .body())
                .contains("ปี พ.ศ. 2999 อยู่นอกช่วงที่รับได้");

        officer.get("/admin/oit/2568/O17");
        var notADate = officer.post(
                "/admin/oit/2568/O17", Map.of("title", "รายงาน", "body", "ข้อความ", "publishedOn", "31/02/2567"));
        assertThat(notADate.body()).contains("ไม่มีวันที่ &quot;31/02/2567&quot; ในปฏิทิน");

        officer.get("/admin/oit/2568/O17");
        var strangeUnit = officer.post(
                "/admin/oit/2568/O17",
                Map.of(
                        "title",
                        "รายงาน",
                        "body",
                        "ข้อความ",
                        "unitId",
                        java.util.UUID.randomUUID().toString()));
        assertThat(strangeUnit.body()).contains("ไม่พบหน่วยงานที่เลือก");

        assertThat(disclosure.item(agency, 2568, "O17").orElseThrow().evidence())
                .noneMatch(e -> e.id() != null);
    }

    @Test
    void refusesHugeFilesAndFilesThatAreNotWhatTheirNameSaysAndStripsPathTricksFromNames() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var officer = officer();
        officer.get("/admin/oit/2568/O19");
        var huge = new byte[21 * 1024 * 1024];
        System.arraycopy(pdf("ใหญ่"), 0, huge, 0, 100);
        var tooLarge =
                officer.postFile("/admin/oit/2568/O19", Map.of("title", "แผนที่ใหญ่มาก"), "file", "map.pdf", PDF, huge);
        assertThat(tooLarge.body()).contains("ไฟล์มีขนาดเกิน 20 เมกะไบต์").contains("value=\"แผนที่ใหญ่มาก\"");

        var exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        var renamed = publish(officer, "O19", Map.of("title", "คำสั่งแต่งตั้ง"), "order.pdf", PDF, exe);
        assertThat(renamed.body()).contains("ไม่รับไฟล์ประเภทนี้").contains("value=\"คำสั่งแต่งตั้ง\"");
        assertThat(disclosure.item(agency, 2568, "O19").orElseThrow().evidence())
                .noneMatch(e -> e.id() != null);

        publish(
                officer,
                "O19",
                Map.of("title", "คำสั่งแต่งตั้งคณะทำงาน"),
                "../../../etc/passwd\r\nX-Evil: 1.pdf",
                PDF,
                pdf("คำสั่งแต่งตั้งคณะทำงาน"));
        var saved = disclosure.item(agency, 2568, "O19").orElseThrow().evidence().stream()
                .filter(e -> e.id() != null)
                .findFirst()
                .orElseThrow();
        assertThat(saved.fileName())
                .doesNotContain("/")
                .doesNotContain("..")
                .doesNotContain("\r")
                .doesNotContain("\n");
        var download = new Browser(port)
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/oit/files/" + saved.fileId()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(download.headers().firstValue("X-Evil")).isEmpty();
    }

    @Test
    void theNightlyCheckFlagsAFileThatWasAlteredOrIsGone() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var content = pdf("รายงานการประเมินผลการควบคุมภายใน");
        publishing.addEvidence(
                agency,
                2568,
                "O18",
                new EvidenceForm("รายงานการควบคุมภายใน", null, null, 2568, List.of()),
                "internal-control.pdf",
                content);
        checker.checkAll();
        assertThat(disclosure.item(agency, 2568, "O18").orElseThrow().brokenFile())
                .isFalse();

        var sha = jdbc.sql(
                        """
                        select f.sha256 from document_file f join disclosure_evidence e
                          on e.agency_id = f.agency_id and e.file_id = f.id
                        where e.item_id = 'O18' and e.fiscal_year = 2568
                        """)
                .query(String.class)
                .single();
        var stored = dataDir.resolve("files")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        Files.write(stored, "not the uploaded bytes".getBytes(StandardCharsets.US_ASCII));
        checker.checkAll();
        var altered = disclosure.item(agency, 2568, "O18").orElseThrow();
        assertThat(altered.brokenFile()).isTrue();
        assertThat(altered.state()).isEqualTo(ItemStatus.State.INCOMPLETE);
        assertThat(altered.evidence()).anyMatch(e -> "ALTERED".equals(e.fileState()));

        Files.delete(stored);
        checker.checkAll();
        assertThat(disclosure.item(agency, 2568, "O18").orElseThrow().evidence())
                .anyMatch(e -> "MISSING".equals(e.fileState()));
        var officer = officer();
        assertThat(officer.get("/admin/oit/2568").body()).contains("ไฟล์เปิดไม่ได้");
        assertThat(officer.get("/admin/oit/2568/O18").body()).contains("ไม่พบไฟล์ในที่เก็บ");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void servesOnlyFilesThatPublishedEvidenceHoldsNotRemovedOnesNorOtherDocuments(
            @Autowired org.prongsai.document.DocumentManagement documents) throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var id = publishing.addEvidence(
                agency,
                2567,
                "O37",
                new EvidenceForm("รายงานที่จะถูกลบ", null, null, 2568, List.of()),
                "report.pdf",
                pdf("รายงานที่จะถูกลบ"));
        var fileId = jdbc.sql("select file_id from disclosure_evidence where id = :id")
                .param("id", id)
                .query(java.util.UUID.class)
                .single();
        var reader = new Browser(port);
        assertThat(reader.get("/oit/files/" + fileId).statusCode()).isEqualTo(200);
        publishing.removeEvidence(agency, id);
        assertThat(reader.get("/oit/files/" + fileId).statusCode()).isEqualTo(404);

        // A document of the agency that no evidence publishes (a measure's internal evidence, say).
        var internal =
                documents.store(agency, org.prongsai.document.UploadKind.DOCUMENT, "internal.pdf", pdf("บันทึกภายใน"));
        assertThat(reader.get("/oit/files/" + internal.id()).statusCode()).isEqualTo(404);
    }
}
