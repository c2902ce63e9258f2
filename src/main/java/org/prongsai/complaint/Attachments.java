package org.prongsai.complaint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.prongsai.document.DocumentManagement;
import org.prongsai.document.UploadKind;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A report's files: at most {@link #MOST}, each a photo or a PDF by its bytes (not its name). A photo is drawn
 * again from its pixels, which leaves its metadata behind (where and when it was taken, the camera, the
 * owner's name); a PDF is written again without its information dictionary and XMP metadata (its author, the
 * software, the dates). Names and contents are sealed with the case's key and kept in the case's own table, never in
 * the shared file store.
 */
@Component
public class Attachments {

    static final int MOST = 3;

    private final JdbcClient jdbc;
    private final DocumentManagement documents;

    Attachments(JdbcClient jdbc, DocumentManagement documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** A file as it came: its name as the reporter's device gave it, and its bytes. */
    public record Upload(String name, byte[] content) {}

    /** A file checked and cleaned, ready to be sealed. */
    public record Ready(String name, String mediaType, byte[] content) {}

    /** A file as an investigator lists it. */
    public record Listed(int position, String name, String mediaType) {}

    /** Checks every file before anything is kept: one wrong file refuses the report, with all it typed kept. */
    List<Ready> check(List<Upload> uploads) throws IOException {
        var given = uploads.stream()
                .filter(u -> u.content() != null && u.content().length > 0)
                .toList();
        if (given.size() > MOST) {
            throw new Refusal("files", "complaint.files.too-many", MOST);
        }
        var ready = new ArrayList<Ready>();
        for (var upload : given) {
            String type;
            try {
                type = documents.check(UploadKind.REPORT_EVIDENCE, upload.name(), upload.content());
            } catch (Refusal refusal) {
                throw new Refusal("files", refusal.key(), refusal.getArguments());
            }
            var content = type.startsWith("image/")
                    ? withoutMetadata(upload.content(), type)
                    : type.equals("application/pdf") ? pdfWithoutMetadata(upload.content()) : upload.content();
            ready.add(new Ready(DocumentManagement.cleanName(upload.name(), type), type, content));
        }
        return ready;
    }

    void save(AgencyId agency, UUID caseId, CaseKeys.CaseKey key, List<Ready> files) {
        for (var file : files) {
            jdbc.sql(
                            """
                            insert into complaint_attachment (agency_id, case_id, position, media_type, name, content)
                            values (:a, :c, (select count(*) from complaint_attachment where agency_id = :a
                                and case_id = :c), :type, :name, :content)
                            """)
                    .param("a", agency.value())
                    .param("c", caseId)
                    .param("type", file.mediaType())
                    .param("name", key.seal(file.name()))
                    .param("content", key.sealBytes(file.content()))
                    .update();
        }
    }

    int count(AgencyId agency, UUID caseId) {
        return jdbc.sql("select count(*) from complaint_attachment where agency_id = :a and case_id = :c")
                .param("a", agency.value())
                .param("c", caseId)
                .query(Integer.class)
                .single();
    }

    List<Listed> list(AgencyId agency, UUID caseId, CaseKeys.CaseKey key) {
        return jdbc.sql(
                        """
                        select position, media_type, name from complaint_attachment
                        where agency_id = :a and case_id = :c and content is not null order by position
                        """)
                .param("a", agency.value())
                .param("c", caseId)
                .query((rs, n) ->
                        new Listed(rs.getInt("position"), key.open(rs.getBytes("name")), rs.getString("media_type")))
                .list();
    }

    Optional<Ready> open(AgencyId agency, UUID caseId, int position, CaseKeys.CaseKey key) {
        return jdbc.sql(
                        """
                        select media_type, name, content from complaint_attachment
                        where agency_id = :a and case_id = :c and position = :p and content is not null
                        """)
                .param("a", agency.value())
                .param("c", caseId)
                .param("p", position)
                .query((rs, n) -> new Ready(
                        key.open(rs.getBytes("name")),
                        rs.getString("media_type"),
                        key.openBytes(rs.getBytes("content"))))
                .optional();
    }

    /** The EXIF orientation (1 to 8; 1 is upright), or 1 when the photo says none. */
    static int orientation(byte[] photo) {
        try {
            var exif = com.drew.imaging.ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo))
                    .getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class);
            var tag = com.drew.metadata.exif.ExifIFD0Directory.TAG_ORIENTATION;
            return exif != null && exif.containsTag(tag) ? exif.getInt(tag) : 1;
        } catch (Exception unreadable) {
            return 1;
        }
    }

    /** The image as it is meant to be seen: EXIF orientations 2–8 are mirrors and quarter turns of 1. */
    static java.awt.image.BufferedImage upright(java.awt.image.BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        var transform = new java.awt.geom.AffineTransform();
        switch (orientation) {
            case 2 -> transform.setTransform(-1, 0, 0, 1, w, 0); // mirrored left to right
            case 3 -> transform.setTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> transform.setTransform(1, 0, 0, -1, 0, h); // mirrored top to bottom
            case 5 -> transform.setTransform(0, 1, 1, 0, 0, 0); // mirrored along the diagonal
            case 6 -> transform.setTransform(0, 1, -1, 0, h, 0); // a quarter turn clockwise
            case 7 -> transform.setTransform(0, -1, -1, 0, h, w); // mirrored along the other diagonal
            default -> transform.setTransform(0, -1, 1, 0, 0, w); // a quarter turn anticlockwise
        }
        var type = image.getColorModel().hasAlpha()
                ? java.awt.image.BufferedImage.TYPE_INT_ARGB
                : java.awt.image.BufferedImage.TYPE_INT_RGB;
        var out = new java.awt.image.BufferedImage(turned ? h : w, turned ? w : h, type);
        var g = out.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The document without what its file says about who made it: the information dictionary (author, creator,
     * title, dates) and the XMP metadata, which a word processor fills with the writer's name.
     */
    static byte[] pdfWithoutMetadata(byte[] pdf) throws IOException {
        com.lowagie.text.pdf.PdfReader reader;
        try {
            reader = new com.lowagie.text.pdf.PdfReader(pdf);
        } catch (IOException | RuntimeException unreadable) {
            // Encrypted or damaged: it cannot be cleaned, so it is not kept.
            throw new Refusal("files", "complaint.files.unreadable");
        }
        try {
            // Unlinked and then dropped: an object nothing refers to would otherwise still be written out.
            reader.getCatalog().remove(com.lowagie.text.pdf.PdfName.METADATA);
            reader.getTrailer().remove(com.lowagie.text.pdf.PdfName.INFO);
            reader.removeUnusedObjects();
            var out = new ByteArrayOutputStream();
            var stamper = new com.lowagie.text.pdf.PdfStamper(reader, out);
            stamper.close();
            return out.toByteArray();
        } catch (RuntimeException unwritable) {
            throw new Refusal("files", "complaint.files.unreadable");
        } finally {
            reader.close();
        }
    }

    /**
     * The photo's pixels alone, written again in its own format, turned the way its camera said to show it (the
     * EXIF orientation, which goes with the rest of the metadata).
     */
    static byte[] withoutMetadata(byte[] photo, String mediaType) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(photo));
        if (image == null) {
            throw new Refusal("files", "complaint.files.unreadable");
        }
        image = upright(image, orientation(photo));
        var out = new ByteArrayOutputStream();
        var format = mediaType.equals("image/png") ? "png" : "jpg";
        if (format.equals("jpg") && image.getColorModel().hasAlpha()) {
            var flat = new java.awt.image.BufferedImage(
                    image.getWidth(), image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            flat.getGraphics().drawImage(image, 0, 0, null);
            image = flat;
        }
        if (!ImageIO.write(image, format, out)) {
            throw new Refusal("files", "complaint.files.unreadable");
        }
        return out.toByteArray();
    }
}
