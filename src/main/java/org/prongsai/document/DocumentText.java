package org.prongsai.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The words inside an uploaded document, for search, and the proof that it opens: a file that cannot be read
 * here cannot be read by the assessor either.
 */
final class DocumentText {

    /** Enough for any announcement or plan; a 500-page budget book is searched by its first pages. */
    static final int MAX_CHARS = 200_000;

    private DocumentText() {}

    /** The document's text; empty for images and other types without text. Throws when the file is broken. */
    static String extract(String mediaType, byte[] content) throws IOException {
        var text =
                switch (mediaType) {
                    case "application/pdf" -> pdf(content);
                    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(content);
                    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> xlsx(content);
                    case "text/plain", "text/csv" -> utf8(content);
                    default -> "";
                };
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    private static String pdf(byte[] content) throws IOException {
        try (var document = Loader.loadPDF(content)) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), 200));
            return stripper.getText(document);
        }
    }

    private static String docx(byte[] content) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(content));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String xlsx(byte[] content) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
                var extractor = new XSSFExcelExtractor(workbook)) {
            return extractor.getText();
        }
    }

    private static String utf8(byte[] content) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            // Thai Excel saves CSV as TIS-620 (Windows-874).
            return new String(content, java.nio.charset.Charset.forName("x-windows-874"));
        }
    }
}
