package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.support.Artifacts;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the real announcement in shared/reference (copied to the test resources) as a Prongsai plan,
 * issues it, and reads the PDF back: headings, Thai-digit dates, signature and every row in order.
 */
@ProngsaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceAnnouncementTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    Announcements announcements;

    @Autowired
    AnnouncementSigning signing;

    JsonNode reference;
    AgencyId tungto;
    PlanDocument plan;

    @BeforeAll
    void buildThePlan() throws Exception {
        reference = JsonMapper.builder()
                .build()
                .readTree(getClass()
                        .getResourceAsStream("/demo/reference-announcement-2567.json")
                        .readAllBytes());
        tungto = agencies.findIdBySlug("tungto")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "tungto", "", "องค์การบริหารส่วนตำบลทุ่งต่อ", "Thung To SAO", AgencyKind.SAO, "M", "ตรัง")));
        if (agencies.units(tungto).isEmpty()) {
            agencies.addUnit(tungto, new UnitForm("สำนักปลัด", "Office of the Permanent Secretary", null, null, 1));
            agencies.addUnit(tungto, new UnitForm("กองคลัง", "Finance Division", null, null, 2));
        }
        plan = referencePlan(reference);
        improvement.save(tungto, plan);
    }

    static PlanDocument referencePlan(JsonNode ref) {
        var rows = new ArrayList<PlanDocument.Row>();
        for (var row : ref.get("rows")) {
            var measures = new ArrayList<PlanDocument.Measure>();
            for (var text : row.get("measures_th")) {
                measures.add(new PlanDocument.Measure(
                        text.asString(),
                        "สำนักปลัด",
                        null,
                        null,
                        LocalDate.of(2024, 9, 30),
                        PlanDocument.Recurrence.NONE,
                        null,
                        List.of()));
            }
            rows.add(new PlanDocument.Row(
                    row.get("tool").asString(),
                    row.get("indicator").asString(),
                    row.get("indicator_label_th").isNull()
                            ? null
                            : row.get("indicator_label_th").asString(),
                    row.get("question_id").isNull()
                            ? null
                            : row.get("question_id").asString(),
                    row.get("question_text_th").isNull()
                            ? ""
                            : row.get("question_text_th").asString(),
                    row.get("issue_th").asString(),
                    row.get("measures_intro_th").isNull()
                            ? null
                            : row.get("measures_intro_th").asString(),
                    measures));
        }
        var headings = new LinkedHashMap<String, String>();
        var attachment = new ArrayList<String>();
        ref.get("attachment").get("heading_lines_as_printed").forEach(l -> attachment.add(l.asString()));
        headings.put("attachment", String.join("\n", attachment));
        headings.put("EIT-EP", "");
        ref.get("attachment").get("section_headings_as_printed").forEach(h -> {
            var text = h.get("text").asString();
            headings.put(text.contains("OIT") ? "OIT" : "EIT-ES", text);
        });
        var body = new ArrayList<String>();
        ref.get("body").forEach(p -> body.add(p.asString()));
        var meeting = ref.get("meeting");
        return new PlanDocument(
                2567,
                2566,
                // The whole subject, broken where the reference prints its second line (it is not repeated).
                ref.get("heading_lines_as_printed").get(1).asString() + "\n"
                        + ref.get("heading_lines_as_printed").get(2).asString(),
                body,
                headings,
                LocalDate.parse(ref.get("announced_on").asString()),
                new PlanDocument.Signer(
                        ref.get("signer").get("name").asString(),
                        ref.get("signer").get("position").asString()),
                new PlanDocument.Meeting(
                        1,
                        2566,
                        LocalDate.parse(meeting.get("date").asString()),
                        meeting.get("place").asString(),
                        null,
                        null),
                rows);
    }

    @Test
    void issuesTheReferenceAnnouncementWithEveryRowInOrder() throws Exception {
        var saved = improvement.plan(tungto, 2567).orElseThrow();
        assertThat(saved.subject().replace("\n", ""))
                .isEqualTo(reference.get("subject").asString());
        assertThat(saved.rows()).hasSize(16);
        assertThat(saved.withoutIds()).isEqualTo(plan);

        var issued = Signed.issue(signing, tungto, 2567);
        assertThat(issued.version()).isPositive();
        assertThat(issued.pdfSha256()).hasSize(64);
        var pdf = Artifacts.dir().resolve("announcement-2567.pdf");
        try (var in =
                announcements.announcementPdf(tungto, 2567, issued.version()).orElseThrow()) {
            Files.write(pdf, in.readAllBytes());
        }
        org.prongsai.support.PdfFonts.assertAllEmbedded(pdf);
        // The signature block stands right of centre, where Thai official letters sign (read back from the page).
        var words = run("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.toString(), "-");
        var signer = java.util.regex.Pattern.compile("<word xMin=\"([0-9.]+)\"[^>]*>\\(นาย")
                .matcher(words);
        assertThat(signer.find()).as("the signer's name on page 1").isTrue();
        assertThat(Double.parseDouble(signer.group(1))).isGreaterThan(595 / 2.0);
        var text = run("pdftotext", "-raw", pdf.toString(), "-");
        var flat = squash(text);

        assertThat(flat)
                .contains(squash("ประกาศองค์การบริหารส่วนตำบลทุ่งต่อ"))
                .contains(squash("เรื่อง ปรับปรุงและพัฒนาการให้บริการประชาชน"))
                .contains(squash("ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๖"))
                .contains(squash("ครั้งที่ ๑/๒๕๖๖ เมื่อวันที่ ๑๖ กันยายน ๒๕๖๖"))
                .contains(squash("(นายสมิคร ตันกุลโรจน์)"))
                .contains(squash("นายกองค์การบริหารส่วนตำบลทุ่งต่อ"))
                .contains(squash("หรือ แบบวัด IIT ในปีงบประมาณ พ.ศ.๒๕๖๖"))
                .contains(squash("- ผู้ประเมินจัดเก็บข้อมูล (EIT Survey)"))
                .contains(squash("ประเด็นที่ต้องปรับปรุงตามมาตรฐานปฏิบัติงาน"))
                .contains(squash("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"));
        // Every row, in the printed order: by its printed reference ("ข้อ EP ๑๔"), else by how its text starts.
        // Cells are read across the row, so only the start of a cell can be relied on.
        int at = 0;
        for (var row : reference.get("rows")) {
            String key;
            if (!row.get("question_ref_as_printed").isNull()) {
                key = row.get("question_ref_as_printed").asString();
            } else {
                var said = row.get("question_text_th").isNull()
                                || row.get("question_text_th").asString().isBlank()
                        ? row.get("issue_th").asString()
                        : row.get("question_text_th").asString();
                key = said.substring(0, Math.min(9, said.length()));
            }
            var start = squash(ThaiFormat.thaiDigits(key));
            int found = flat.indexOf(start, at);
            assertThat(found)
                    .as("row %s (%s) after position %s", row.get("row"), start, at)
                    .isGreaterThanOrEqualTo(0);
            at = found + start.length();
        }
        // Page numbers in Thai digits from page 2.
        assertThat(text).contains("- ๒ -");

        run(
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "3",
                pdf.toString(),
                Artifacts.dir().resolve("announcement-2567").toString());
        try (var pages = Files.list(Artifacts.dir())) {
            assertThat(pages.map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.startsWith("announcement-2567-") && name.endsWith(".png"))
                    .hasSize(3);
        }
    }

    @Test
    void issuesTheSameAnnouncementAsAWordFile() throws Exception {
        var issued = Signed.issue(signing, tungto, 2567);
        byte[] docx;
        try (var in =
                announcements.announcementDocx(tungto, 2567, issued.version()).orElseThrow()) {
            docx = in.readAllBytes();
        }
        Files.write(Artifacts.dir().resolve("announcement-2567.docx"), docx);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            var flat = squash(extractor.getText());
            assertThat(flat)
                    .contains(squash("ประกาศองค์การบริหารส่วนตำบลทุ่งต่อ"))
                    .contains(squash("ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๖"))
                    .contains(squash("(นายสมิคร ตันกุลโรจน์)"))
                    .contains(squash("- ผู้ประเมินจัดเก็บข้อมูล (EIT Survey)"))
                    .contains(squash("ข้อ ๗ ท่านทราบข้อมูลเกี่ยวกับงบประมาณ"));
            // The attachment, then the box for the executive's further instructions, signed, after it.
            assertThat(document.getTables()).hasSize(2);
            var remarks = document.getTables().get(1).getText();
            assertThat(squash(remarks))
                    .startsWith(squash(AnnouncementPdf.REMARKS))
                    .contains(squash("ลงชื่อ"))
                    .contains(squash("(นายสมิคร ตันกุลโรจน์)"));
            var bodyElements = document.getBodyElements();
            assertThat(bodyElements.indexOf(document.getTables().get(1)))
                    .isGreaterThan(bodyElements.indexOf(document.getTables().get(0)));
            // 16 rows, the header and the two section rows (EIT Survey, OIT).
            assertThat(document.getTables().get(0).getRows()).hasSize(19);
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily())
                    .isEqualTo("TH Sarabun New");
            // Valid against the OOXML schema: the table has its grid (column widths), the margins all seven
            // attributes; every row stays whole on its page.
            var errors = new java.util.ArrayList<org.apache.xmlbeans.XmlError>();
            var options = new org.apache.xmlbeans.XmlOptions().setErrorListener(errors);
            assertThat(document.getDocument().validate(options))
                    .as("%s", errors)
                    .isTrue();
            var grid = document.getTables().get(0).getCTTbl().getTblGrid();
            assertThat(grid.getGridColList()).hasSize(4);
            assertThat(document.getDocument().getBody().getSectPr().getPgMar().getGutter())
                    .isNotNull();
            assertThat(document.getTables().get(0).getRows())
                    .allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            // The body in Thai distributed justification; the letter portrait, the attachment landscape; a drawn
            // line under the subject, no typed hyphens.
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.THAI_DISTRIBUTE));
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getBorderBottom())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE));
            assertThat(extractor.getText()).doesNotContain("-----");
        }
        // A second reader: the package's document part is read cell by cell without POI's model.
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            String xml = null;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            assertThat(xml).isNotNull();
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var dom = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            var w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            assertThat(dom.getElementsByTagNameNS(w, "tblGrid").getLength()).isEqualTo(2);
            assertThat(dom.getElementsByTagNameNS(w, "tc").getLength()).isGreaterThan(60);
            var margins =
                    (org.w3c.dom.Element) dom.getElementsByTagNameNS(w, "pgMar").item(0);
            for (var side : java.util.List.of("top", "right", "bottom", "left", "header", "footer", "gutter")) {
                assertThat(margins.getAttributeNS(w, side)).as(side).isNotEmpty();
            }
        }
    }

    @Test
    void keepsEveryIssuedVersionAndItsHash() throws Exception {
        var first = Signed.issue(signing, tungto, 2567);
        var changed = new PlanDocument(
                plan.planYear(),
                plan.assessedYear(),
                plan.subject(),
                plan.body(),
                plan.headings(),
                LocalDate.of(2023, 10, 3),
                plan.signer(),
                plan.meeting(),
                plan.rows());
        improvement.save(tungto, changed);
        var second = Signed.issue(signing, tungto, 2567);
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.pdfSha256()).isNotEqualTo(first.pdfSha256());
        try (var in =
                announcements.announcementPdf(tungto, 2567, first.version()).orElseThrow()) {
            var bytes = in.readAllBytes();
            assertThat(java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(bytes)))
                    .isEqualTo(first.pdfSha256());
        }
        improvement.save(tungto, plan);
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * The form of ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ, read back from the pages: the emblem on page 1, a drawn
     * line under the subject (no typed hyphens), the body justified to the right margin, the date and the
     * signature right of centre, and the attachment on landscape pages.
     */
    @Test
    void laysTheAnnouncementOutAsAnOfficialPrakat() throws Exception {
        var emblem = new java.io.ByteArrayOutputStream();
        var image = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.setColor(new java.awt.Color(0x1f, 0x4e, 0x8c));
        g.fillOval(10, 10, 180, 180);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", emblem);
        var pdf = Artifacts.dir().resolve("announcement-layout.pdf");
        Files.write(
                pdf,
                AnnouncementPdf.render(
                        plan, new AnnouncementPdf.Issuer("องค์การบริหารส่วนตำบลทุ่งต่อ", emblem.toByteArray())));

        // The emblem: an image on page 1.
        assertThat(run("pdfimages", "-list", "-f", "1", "-l", "1", pdf.toString()))
                .as("an image on page 1")
                .containsPattern("(?m)^\\s+1\\s+\\d+\\s+image");
        var text = run("pdftotext", "-raw", "-f", "1", "-l", "1", pdf.toString(), "-");
        assertThat(text).doesNotContain("-----");

        // Body lines end at the right margin (A4 595 pt less 2 cm): justified, not ragged. The last line of a
        // paragraph is not stretched, so most lines, not all.
        var lines = java.util.regex.Pattern.compile("<line xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\"")
                .matcher(run("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", pdf.toString(), "-"));
        double rightMargin = 595 - 2 * 28.35;
        int atMargin = 0;
        int bodyLines = 0;
        while (lines.find()) {
            double xMin = Double.parseDouble(lines.group(1));
            double xMax = Double.parseDouble(lines.group(3));
            if (xMin < 100) {
                bodyLines++;
                if (Math.abs(xMax - rightMargin) < 3) {
                    atMargin++;
                }
            }
        }
        assertThat(bodyLines).isGreaterThan(10);
        assertThat(atMargin).as("body lines ending at the right margin").isGreaterThanOrEqualTo(bodyLines * 2 / 3);

        // "ประกาศ ณ วันที่" in the right half: its middle right of the page's.
        var date = java.util.regex.Pattern.compile(
                        "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>ประกาศ(\\s|</word>\\s*<word[^>]*>)ณ")
                .matcher(run("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.toString(), "-"));
        assertThat(date.find()).as("the date line on page 1").isTrue();
        assertThat((Double.parseDouble(date.group(1)) + Double.parseDouble(date.group(2))) / 2)
                .isGreaterThan(595 / 2.0 + 40);

        // Page 1 portrait, the attachment's pages landscape.
        var info = run("pdfinfo", "-f", "1", "-l", "3", pdf.toString());
        assertThat(info).containsPattern("Page\\s+1 size:\\s+595(\\.\\d+)? x 842");
        // Landscape as shown: OpenPDF writes a rotated A4 as a portrait page turned 90 degrees.
        for (int page = 2; page <= 3; page++) {
            assertThat(info)
                    .as("page %d landscape", page)
                    .containsPattern(
                            "Page\\s+" + page + " size:\\s+842(\\.\\d+)? x 595|Page\\s+" + page + " rot:\\s+90");
        }
    }

    /** The attachment ends, as the reference does, with the box for further instructions and a signature. */
    @Test
    void endsTheAttachmentWithTheExecutivesRemarksBox() throws Exception {
        var pdf = Artifacts.dir().resolve("announcement-remarks.pdf");
        Files.write(
                pdf, AnnouncementPdf.render(plan, new AnnouncementPdf.Issuer("องค์การบริหารส่วนตำบลทุ่งต่อ", null)));
        var pages = Integer.parseInt(run("pdfinfo", pdf.toString())
                .lines()
                .filter(l -> l.startsWith("Pages:"))
                .findFirst()
                .orElseThrow()
                .replaceAll("\\D", ""));
        var last = run(
                "pdftotext", "-raw", "-f", Integer.toString(pages), "-l", Integer.toString(pages), pdf.toString(), "-");
        assertThat(squash(last)).contains(squash(AnnouncementPdf.REMARKS)).contains("ลงชื่อ");
        // The box's last words are the signer's name and position, after the last row of the table.
        var flat = squash(last);
        assertThat(flat.indexOf(squash("(นายสมิคร ตันกุลโรจน์)")))
                .isGreaterThan(flat.indexOf(squash(AnnouncementPdf.REMARKS)));
        // The signature right of centre on the landscape page (842 pt wide).
        var name = java.util.regex.Pattern.compile(
                        "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>\\(นาย")
                .matcher(run(
                        "pdftotext",
                        "-bbox",
                        "-f",
                        Integer.toString(pages),
                        "-l",
                        Integer.toString(pages),
                        pdf.toString(),
                        "-"));
        assertThat(name.find()).as("the signer's name on the last page").isTrue();
        assertThat(Double.parseDouble(name.group(1))).isGreaterThan(842 / 2.0);
    }

    static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
