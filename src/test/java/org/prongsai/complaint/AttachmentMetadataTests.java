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
    void aPhotoTakenSidewaysStaysUprightOnceItsMetadataIsGone() throws Exception {
        // 40×20, left half red and right half blue, stored as a camera held sideways stores it (orientation 6:
        // turn a quarter clockwise to show), with the owner's name beside it in the EXIF.
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        var jpeg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", jpeg);
        var photo = withExif(jpeg.toByteArray(), 6, "Somchai Whistleblower");
        assertThat(Attachments.orientation(photo)).isEqualTo(6);

        var cleaned = Attachments.withoutMetadata(photo, "image/jpeg");
        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1))
                .doesNotContain("Somchai")
                .doesNotContain("Exif");
        assertThat(Attachments.orientation(cleaned)).isEqualTo(1);
        var shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(cleaned));
        assertThat(shown.getWidth()).isEqualTo(20);
        assertThat(shown.getHeight()).isEqualTo(40);
        // Turned a quarter clockwise, what was on the left is now on top.
        assertThat(new java.awt.Color(shown.getRGB(10, 5)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(shown.getRGB(10, 35)).getBlue()).isGreaterThan(200);
    }

    /** The JPEG with an EXIF segment (big-endian TIFF): its orientation and an artist's name. */
    private static byte[] withExif(byte[] jpeg, int orientation, String artist) {
        var name = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
        var tiff = java.nio.ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + name.length);
        tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(name.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putInt(0);
        tiff.put(name);
        var exif = new ByteArrayOutputStream();
        exif.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        exif.writeBytes(tiff.array());
        var segment = exif.toByteArray();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((segment.length + 2) >> 8);
        out.write((segment.length + 2) & 0xFF);
        out.writeBytes(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void aPdfThatCannotBeReadIsRefused() {
        assertThatThrownBy(() -> Attachments.pdfWithoutMetadata("%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.files.unreadable");
    }
}
