package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.prongsai.shared.Refusal;

/** A reporter's PDF loses what its file says about who made it; its pages stay. */
class AttachmentMetadataTests {

    @Test
    void aPdfLosesItsAuthorTitleAndXmpButKeepsItsPages() throws Exception {
        var made = new ByteArrayOutputStream();
        var document = new Document();
        var writer = PdfWriter.getInstance(document, made);
        document.addAuthor("Somchai Whistleblower");
        document.addTitle("Evidence from room 3");
        document.addCreator("Somchai's laptop");
        writer.createXmpMetadata();
        document.open();
        document.add(new Paragraph("Receipt 12 of the contract"));
        document.close();
        var before = made.toByteArray();
        assertThat(new String(before, StandardCharsets.ISO_8859_1)).contains("Somchai Whistleblower");

        var cleaned = Attachments.pdfWithoutMetadata(before);
        var text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Somchai").doesNotContain("room 3");
        var reader = new PdfReader(cleaned);
        assertThat(reader.getInfo()).doesNotContainKeys("Author", "Title", "Creator");
        assertThat(reader.getCatalog().get(PdfName.METADATA)).isNull();
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1))
                .contains("Receipt 12 of the contract");
        reader.close();
    }

    @Test
    void aPdfThatCannotBeReadIsRefused() {
        assertThatThrownBy(() -> Attachments.pdfWithoutMetadata("%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.files.unreadable");
    }
}
