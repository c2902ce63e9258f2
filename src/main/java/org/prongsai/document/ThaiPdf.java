package org.prongsai.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.prongsai.shared.ThaiFormat;

/**
 * An A4 Thai document in the official manner: Sarabun embedded at 16 pt, 3 cm left and 2 cm right margins,
 * page numbers in Thai digits from page 2, vowels and tone marks placed by Java's own text layout
 * (OpenPDF's {@link LayoutProcessor}) and lines broken between words.
 *
 * <p>One class for every official document's parts (title, body, tables, signature, boxes), longer than most:
 * they share the fonts, the margins and the Thai layout rules, which must not differ between documents.
 */
public final class ThaiPdf implements AutoCloseable {

    public static final float BODY_SIZE = 16f;
    private static final float CM = 28.35f;

    private final Document document;
    private final Font body;
    private final Font bold;
    private final Font heading;
    private final Font cellBody;
    private final Font cellBold;

    private ThaiPdf(OutputStream out, float topCm) {
        this.document = new Document(PageSize.A4, 3 * CM, 2 * CM, topCm * CM, 2 * CM);
        var fonts = Fonts.get();
        this.body = new Font(fonts.regular, BODY_SIZE);
        this.bold = new Font(fonts.bold, BODY_SIZE);
        this.heading = new Font(fonts.bold, 20f);
        // Sarabun is larger on the page than TH Sarabun New at the same size: 14 pt in narrow table cells
        // reads like the 16 pt agencies are used to.
        this.cellBody = new Font(fonts.regular, 14f);
        this.cellBold = new Font(fonts.bold, 14f);
        var writer = PdfWriter.getInstance(document, out);
        // Justified lines widen the spaces between phrases only: spacing the letters apart would move Thai vowel
        // and tone marks off their consonants and split words for anyone who copies the text.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setPageEvent(new ThaiPageNumbers(fonts.regular));
        document.open();
    }

    public static ThaiPdf a4(OutputStream out) {
        return new ThaiPdf(out, 2.5f);
    }

    /** An official letter headed by the Garuda or the agency's emblem, which stands 1.5 cm from the top edge. */
    public static ThaiPdf a4WithEmblem(OutputStream out) {
        return new ThaiPdf(out, 1.5f);
    }

    public ThaiPdf title(String text) {
        var p = paragraph(text, heading, Element.ALIGN_CENTER);
        p.setSpacingAfter(6f);
        document.add(p);
        return this;
    }

    public ThaiPdf centered(String text) {
        document.add(paragraph(text, body, Element.ALIGN_CENTER));
        return this;
    }

    public ThaiPdf centeredBold(String text) {
        document.add(paragraph(text, bold, Element.ALIGN_CENTER));
        return this;
    }

    /**
     * A body paragraph with the customary 2.5 cm first-line indent, justified as Thai official letters are
     * (the last line is not stretched).
     */
    public ThaiPdf paragraph(String text) {
        var p = paragraph(text, body, Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(2.5f * CM);
        p.setSpacingAfter(4f);
        document.add(p);
        return this;
    }

    /** A left-aligned paragraph without indent: steps and notes on a sign, where justified Thai loses marks. */
    public ThaiPdf left(String text) {
        var p = paragraph(text, body, Element.ALIGN_LEFT);
        p.setSpacingAfter(4f);
        document.add(p);
        return this;
    }

    /** The short line drawn under a letter's subject (a line, not typed hyphens). */
    public ThaiPdf separator() {
        var line = new Chunk(new LineSeparator(0.8f, 35f, null, Element.ALIGN_CENTER, -4f));
        // In the body's font: a chunk without one is set in Helvetica, which would be the PDF's one font not embedded.
        line.setFont(body);
        var p = new Paragraph(line);
        p.setSpacingAfter(10f);
        document.add(p);
        return this;
    }

    /** Goes on on a landscape page, as a wide attachment is printed, with 2 cm margins. */
    public ThaiPdf landscapePage() {
        document.setPageSize(PageSize.A4.rotate());
        document.setMargins(2 * CM, 2 * CM, 2.5f * CM, 2 * CM);
        document.newPage();
        return this;
    }

    public ThaiPdf space(float points) {
        var p = new Paragraph(" ", body);
        p.setLeading(points);
        document.add(p);
        return this;
    }

    public ThaiPdf image(byte[] imageBytes, float widthCm) throws IOException {
        var image = Image.getInstance(imageBytes);
        image.scaleToFit(widthCm * CM, widthCm * CM);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
        return this;
    }

    /** A table with a bold header row repeated on every page; widths are relative. */
    public ThaiPdf table(List<String> headers, List<List<String>> rows, float[] widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : headers) {
            var cell = new PdfPCell(phrase(header, bold));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingBottom(6f);
            table.addCell(cell);
        }
        for (var row : rows) {
            for (var value : row) {
                var cell = new PdfPCell(phrase(value == null ? "" : value, body));
                cell.setPaddingBottom(6f);
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /** A table built row by row, with section rows across every column; the header repeats on each page. */
    public TableBuilder table(float[] widths, List<String> headers) {
        return new TableBuilder(widths, headers);
    }

    public final class TableBuilder {
        private final PdfPTable table;

        private TableBuilder(float[] widths, List<String> headers) {
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(false);
            for (var header : headers) {
                var cell = cell(header, cellBold);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(cell);
            }
        }

        private PdfPCell cell(String text, Font font) {
            var cell = new PdfPCell(phrase(text, font));
            cell.setLeading(0, 1.35f);
            cell.setPaddingTop(3f);
            cell.setPaddingBottom(6f);
            cell.setPaddingLeft(5f);
            cell.setPaddingRight(5f);
            return cell;
        }

        /** A heading across the whole table, such as the start of a tool's rows. */
        public TableBuilder section(String text) {
            var cell = cell(text, cellBold);
            cell.setColspan(table.getNumberOfColumns());
            table.addCell(cell);
            return this;
        }

        /** One row; a cell's lines are separated by newlines. */
        public TableBuilder row(String... cells) {
            for (var value : cells) {
                table.addCell(cell(value == null ? "" : value, cellBody));
            }
            return this;
        }

        public ThaiPdf end() {
            document.add(table);
            return ThaiPdf.this;
        }
    }

    /**
     * Lines centred in the right half of the page, where Thai official letters put the date and the signature,
     * kept on one page. A borderless two-column table places them: a paragraph's own indent and alignment were
     * lost once its Thai glyphs were laid out, and the lines landed at the left margin.
     */
    public ThaiPdf signatureLines(String... lines) {
        var table = new PdfPTable(new float[] {35, 65});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(BODY_SIZE * 0.5f);
        var left = new PdfPCell();
        left.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        table.addCell(left);
        var right = new PdfPCell();
        right.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        for (var line : lines) {
            right.addElement(paragraph(line, body, Element.ALIGN_CENTER));
        }
        table.addCell(right);
        document.add(table);
        return this;
    }

    /**
     * A bordered box with a bold heading, dotted lines to write on and a signature at its right, kept on one
     * page: where an executive hand-writes further instructions on an official attachment ("ข้อเสนอแนะ…").
     */
    public ThaiPdf writingBox(String title, int dottedLines, String... signature) {
        var box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        box.setSpacingBefore(BODY_SIZE);
        var cell = new PdfPCell();
        cell.setPadding(8f);
        cell.setPaddingBottom(12f);
        cell.addElement(paragraph(title, bold, Element.ALIGN_LEFT));
        for (int i = 0; i < dottedLines; i++) {
            var dots = new Chunk(new DottedLineSeparator());
            dots.setFont(body);
            // Room to write a line by hand above each row of dots.
            var line = new Paragraph(BODY_SIZE * 1.9f, dots);
            cell.addElement(line);
        }
        var sign = new PdfPTable(new float[] {40, 60});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(BODY_SIZE);
        var left = new PdfPCell();
        left.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        sign.addCell(left);
        var right = new PdfPCell();
        right.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        for (var line : signature) {
            right.addElement(paragraph(line, body, Element.ALIGN_CENTER));
        }
        sign.addCell(right);
        cell.addElement(sign);
        box.addCell(cell);
        document.add(box);
        return this;
    }

    public void newPage() {
        document.newPage();
    }

    @Override
    public void close() {
        document.close();
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        var p = new Paragraph(font.getSize() * 1.3f, "", font);
        p.add(chunk(text, font));
        p.setAlignment(alignment);
        return p;
    }

    private static Phrase phrase(String text, Font font) {
        var p = new Phrase(font.getSize() * 1.3f, "", font);
        p.add(chunk(text, font));
        return p;
    }

    private static Chunk chunk(String text, Font font) {
        var chunk = new Chunk(text, font);
        chunk.setSplitCharacter(ThaiLineBreaks.INSTANCE);
        return chunk;
    }

    /** "- ๒ -" centred at the top of every page after the first, as Thai official letters are numbered. */
    private static final class ThaiPageNumbers extends PdfPageEventHelper {
        private final BaseFont font;

        ThaiPageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            var text = "- " + ThaiFormat.thaiDigits(page) + " -";
            var x = (document.left() + document.right()) / 2;
            var y = document.top() + CM;
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase(text, new Font(font, BODY_SIZE)),
                    x,
                    y,
                    0);
        }
    }

    /** The Sarabun faces, loaded once per process with Java's text layout turned on. */
    private static final class Fonts {
        private static volatile Fonts instance;
        final BaseFont regular;
        final BaseFont bold;

        private Fonts() throws IOException {
            LayoutProcessor.enableKernLiga();
            // Text extraction (search, screen readers, tests) then reads the words, not the glyph order.
            LayoutProcessor.setWriteActualText();
            regular = load("static/fonts/Sarabun-Regular.ttf");
            bold = load("static/fonts/Sarabun-Bold.ttf");
        }

        static Fonts get() {
            if (instance == null) {
                synchronized (Fonts.class) {
                    if (instance == null) {
                        try {
                            instance = new Fonts();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
            return instance;
        }

        // LayoutProcessor reads the font from a file, so the bundled face is copied out of the jar once.
        private static BaseFont load(String resource) throws IOException {
            Path file = Files.createTempFile("prongsai-font-", ".ttf");
            file.toFile().deleteOnExit();
            try (InputStream in = ThaiPdf.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing font " + resource);
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            var font = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            LayoutProcessor.loadFont(font, file.toString());
            return font;
        }
    }
}
