package org.prongsai.improvement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.prongsai.shared.ThaiFormat;

/**
 * The same announcement as a Word document, for agencies that still sign and file in Word: TH Sarabun New
 * 16 pt, A4 with the official margins, Thai digits, and the four-column attachment grouped by tool.
 */
final class AnnouncementDocx {

    static final String FONT = "TH Sarabun New";
    private static final int TWIPS_PER_CM = 567;

    /** The attachment's four columns: the landscape page's 25.7 cm of text, shared as the PDF shares it (2.2 : 3.2 : 4.6 : 4.6). */
    private static final int[] COLUMN_TWIPS = {2196, 3194, 4591, 4591};

    private AnnouncementDocx() {}

    static byte[] render(PlanDocument plan, AnnouncementPdf.Issuer issuer) throws IOException {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            text(
                    doc.createParagraph(),
                    digits(OfficialWords.of("improvement.announcement.doc.title", issuer.agencyName())),
                    true,
                    20,
                    ParagraphAlignment.CENTER);
            for (var line : plan.subject().split("\\R")) {
                text(doc.createParagraph(), digits(line), true, 16, ParagraphAlignment.CENTER);
            }
            // A drawn line under the subject, a third of the text's width, not typed hyphens.
            var rule = doc.createParagraph();
            rule.setBorderBottom(Borders.SINGLE);
            rule.setIndentationLeft((int) (5.3 * TWIPS_PER_CM));
            rule.setIndentationRight((int) (5.3 * TWIPS_PER_CM));
            rule.setSpacingAfter(240);
            for (var body : plan.body()) {
                var p = doc.createParagraph();
                p.setFirstLineIndent((int) (2.5 * TWIPS_PER_CM));
                text(
                        p,
                        digits(AnnouncementPdf.fill(body, plan, issuer)),
                        false,
                        16,
                        ParagraphAlignment.THAI_DISTRIBUTE);
            }
            if (plan.announcedOn() != null) {
                signature(doc, AnnouncementPdf.announcedOn(plan));
            }
            if (plan.signer() != null && plan.signer().name() != null) {
                doc.createParagraph();
                signature(doc, "(" + plan.signer().name() + ")");
                signature(doc, digits(plan.signer().position()));
            }

            // The letter ends its own portrait section; the attachment's section is landscape, as it is printed.
            page(doc.createParagraph().getCTP().addNewPPr().addNewSectPr(), false);
            page(doc.getDocument().getBody().addNewSectPr(), true);
            var headings = plan.headings() == null ? Map.<String, String>of() : plan.headings();
            for (var line : headings.getOrDefault("attachment", "").split("\\R")) {
                if (!line.isBlank()) {
                    text(
                            doc.createParagraph(),
                            digits(AnnouncementPdf.fill(line, plan, issuer)),
                            true,
                            16,
                            ParagraphAlignment.CENTER);
                }
            }
            var table = doc.createTable(1, 4);
            table.setWidth("100%");
            // Column widths as the printed attachment has them: without a grid, readers share the width out
            // equally (LibreOffice then ran to 22 pages against the PDF's 13) and some cannot read the cells.
            grid(table, COLUMN_TWIPS);
            for (int c = 0; c < 4; c++) {
                cell(table.getRow(0).getCell(c), AnnouncementPdf.COLUMNS.get(c), true);
            }
            table.getRow(0).setRepeatHeader(true);
            table.getRow(0).setCantSplitRow(true);
            String previousTool = null;
            String previousIndicator = null;
            for (var row : plan.rows()) {
                if (!row.tool().equals(previousTool)) {
                    var heading = headings.getOrDefault(row.tool(), "");
                    if (!heading.isBlank() && previousTool != null) {
                        var sectionRow = table.createRow();
                        sectionRow.setCantSplitRow(true);
                        var first = sectionRow.getCell(0);
                        first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
                        for (int c = 3; c >= 1; c--) {
                            sectionRow.removeCell(c);
                        }
                        cell(first, digits(AnnouncementPdf.fill(heading, plan, issuer)), true);
                    }
                    previousIndicator = null;
                }
                var line = table.createRow();
                // A row is kept on one page, as the PDF keeps it.
                line.setCantSplitRow(true);
                var label = AnnouncementPdf.label(row);
                cell(line.getCell(0), row.indicator().equals(previousIndicator) ? "" : digits(label), false);
                cell(line.getCell(1), digits(row.assessment()), false);
                cell(line.getCell(2), digits(row.issue()), false);
                cell(line.getCell(3), digits(AnnouncementPdf.measures(row)), false);
                previousTool = row.tool();
                previousIndicator = row.indicator();
            }
            remarks(doc, plan);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void grid(XWPFTable table, int... widths) {
        var grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        grid.setGridColArray(new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol[0]);
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /** The box the attachment ends with, as in the PDF: the executive's further instructions and signature. */
    private static void remarks(XWPFDocument doc, PlanDocument plan) {
        doc.createParagraph();
        var box = doc.createTable(1, 1);
        box.setWidth("100%");
        grid(box, IntStream.of(COLUMN_TWIPS).sum());
        box.getRow(0).setCantSplitRow(true);
        var cell = box.getRow(0).getCell(0);
        text(cell.getParagraphs().get(0), AnnouncementPdf.REMARKS, true, 16, ParagraphAlignment.LEFT);
        for (int i = 0; i < 4; i++) {
            var dots = cell.addParagraph();
            dots.setSpacingBefore(240);
            text(dots, ".".repeat(150), false, 16, ParagraphAlignment.LEFT);
        }
        cell.addParagraph();
        for (var line : AnnouncementPdf.remarksSignature(plan)) {
            var p = cell.addParagraph();
            p.setIndentationLeft(9 * TWIPS_PER_CM);
            text(p, line, false, 16, ParagraphAlignment.CENTER);
        }
    }

    /** An A4 section, portrait or landscape, with the margins of an official letter. */
    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf((landscape ? 2L : 3L) * TWIPS_PER_CM));
        margins.setRight(BigInteger.valueOf(2L * TWIPS_PER_CM));
        margins.setTop(BigInteger.valueOf((long) (2.5 * TWIPS_PER_CM)));
        margins.setBottom(BigInteger.valueOf(2L * TWIPS_PER_CM));
        // The schema requires all seven: without header, footer and gutter some readers refuse the file.
        margins.setHeader(BigInteger.valueOf(TWIPS_PER_CM));
        margins.setFooter(BigInteger.valueOf(TWIPS_PER_CM));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void signature(XWPFDocument doc, String line) {
        var p = doc.createParagraph();
        p.setIndentationLeft(6 * TWIPS_PER_CM);
        text(p, line, false, 16, ParagraphAlignment.CENTER);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        var lines = text.split("\\R");
        var first = cell.getParagraphs().get(0);
        text(first, lines[0], bold, 14, ParagraphAlignment.LEFT);
        for (int i = 1; i < lines.length; i++) {
            text(cell.addParagraph(), lines[i], bold, 14, ParagraphAlignment.LEFT);
        }
    }

    private static void text(
            XWPFParagraph paragraph, String text, boolean bold, int size, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        var run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        // Thai is "complex script" text in Word: the font and size must be set for that script too.
        run.setFontFamily(FONT);
        var props =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        var fonts = props.sizeOfRFontsArray() > 0 ? props.getRFontsArray(0) : props.addNewRFonts();
        fonts.setCs(FONT);
        props.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
        if (bold) {
            props.addNewBCs();
        }
    }

    private static String digits(String text) {
        return text == null ? "" : ThaiFormat.thaiDigits(text);
    }
}
