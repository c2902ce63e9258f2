package org.prongsai.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.StaffIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** The document module's API: accepts uploads only when their content is what they are allowed to be. */
@Service
public class DocumentManagement {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<StoredFile> STORED_FILE_ROWS = new DataClassRowMapper<>(StoredFile.class);

    private final JdbcClient jdbc;
    private final FileStore store;
    private final AuditTrail audit;
    private final DataSize maxSize;
    private final Tika tika = new Tika();

    DocumentManagement(
            JdbcClient jdbc,
            FileStore store,
            AuditTrail audit,
            @Value("${prongsai.upload.max-size}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * What an upload really is, by its bytes, refused when empty, too large or not of the kind; nothing is kept.
     * For a module that keeps files its own way (sealed, as complaints do).
     */
    public String check(UploadKind kind, String originalName, byte[] content) throws IOException {
        if (content == null || content.length == 0) {
            throw new Refusal(null, "document.upload.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new Refusal(null, "document.upload.too-large", maxSize.toMegabytes());
        }
        // The name is only a hint; the bytes decide. A renamed .exe is still an executable.
        // A PDF is known by its content alone: given a name, the detector falls back on the ".pdf" of bytes that
        // have no signature at all, and those would be published as the signed announcement.
        var detected = kind == UploadKind.PDF ? tika.detect(content) : tika.detect(content, safeName(originalName));
        if (!kind.accepts(detected)) {
            throw new Refusal(null, "document.upload.wrong-type", detected);
        }
        return detected;
    }

    /** A name safe to show and to offer for download, with the extension its real type has. */
    public static String cleanName(String originalName, String mediaType) {
        return nameForType(safeName(originalName), mediaType);
    }

    @Transactional
    public StoredFile store(AgencyId agency, UploadKind kind, String originalName, byte[] content) throws IOException {
        var detected = check(kind, originalName, content);
        var sha = store.put(content);
        var file = new StoredFile(
                UUID.randomUUID(), sha, detected, content.length, nameForType(safeName(originalName), detected));
        jdbc.sql(
                        """
                        insert into document_file (agency_id, id, sha256, media_type, size_bytes, original_name,
                                                   uploaded_by)
                        values (:agency, :id, :sha, :type, :size, :name, :by)
                        """)
                .param("agency", agency.value())
                .param("id", file.id())
                .param("sha", sha)
                .param("type", detected)
                .param("size", content.length)
                .param("name", file.originalName())
                .param("by", StaffIdentity.current().map(StaffIdentity::userId).orElse(null))
                .update();
        audit.record(
                agency, "upload", "document_file", file.id(), null, Map.of("name", file.originalName(), "sha256", sha));
        return file;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> findBySha(AgencyId agency, String sha256) {
        return jdbc.sql(
                        """
                        select id, sha256, media_type, size_bytes, original_name from document_file
                        where agency_id = :agency and sha256 = :sha order by uploaded_at desc limit 1
                        """)
                .param("agency", agency.value())
                .param("sha", sha256)
                .query(STORED_FILE_ROWS)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(AgencyId agency, UUID id) {
        return jdbc.sql(
                        """
                        select id, sha256, media_type, size_bytes, original_name from document_file
                        where agency_id = :agency and id = :id
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .query(STORED_FILE_ROWS)
                .optional();
    }

    public Optional<InputStream> open(StoredFile file) throws IOException {
        return store.open(file.sha256());
    }

    /**
     * A stored file as its download: always an attachment, never shown inline whatever it claims to be, under
     * the name given to its detected type; not found when it is not the agency's or is gone. The caller has
     * decided that the reader may have it.
     */
    public ResponseEntity<InputStreamResource> attachment(AgencyId agency, UUID id) throws IOException {
        var notFound = new ResponseStatusException(HttpStatus.NOT_FOUND);
        var file = find(agency, id).orElseThrow(() -> notFound);
        var in = open(file).orElseThrow(() -> notFound);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.originalName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(new InputStreamResource(in));
    }

    /** What reading a stored file back found. */
    public enum FileState {
        OK,
        /** Not in the file store any more. */
        MISSING,
        /** Its bytes are no longer those uploaded. */
        ALTERED,
        /** It is there but does not open as what it is. */
        UNREADABLE
    }

    /** A stored file read back: its state, and its text when it has some (PDF, Word, Excel, text). */
    public record Contents(FileState state, String text) {}

    public Contents read(StoredFile file) {
        byte[] content;
        try {
            var in = store.open(file.sha256());
            if (in.isEmpty()) {
                return new Contents(FileState.MISSING, "");
            }
            try (var stream = in.get()) {
                content = stream.readAllBytes();
            }
        } catch (IOException e) {
            // The store failed to give what it has (a cut connection, a disk error): that says nothing of the
            // file, so it is not called missing; the nightly check stops and tries again.
            throw new FileStore.Unavailable("Could not read " + file.sha256() + " from the file store", e);
        }
        if (!LocalFileStore.sha256(content).equals(file.sha256())) {
            return new Contents(FileState.ALTERED, "");
        }
        try {
            if (file.mediaType().startsWith("image/")
                    && !file.mediaType().equals("image/webp")
                    && javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content)) == null) {
                return new Contents(FileState.UNREADABLE, "");
            }
            return new Contents(FileState.OK, DocumentText.extract(file.mediaType(), content));
        } catch (IOException | RuntimeException e) {
            // A broken or hostile file: whatever the parser throws, the answer is "does not open".
            return new Contents(FileState.UNREADABLE, "");
        }
    }

    /** Keeps the last path segment, drops control and path characters, and bounds the length. */
    /**
     * The name a download is given ends as its content is, whatever the sender called it: a PDF sent as
     * {@code report.pdf.html} is {@code report.pdf}, text sent as {@code x.exe} is {@code x.txt}; a name whose
     * ending already fits the content ({@code photo.jpeg}) is kept.
     */
    static String nameForType(String name, String mediaType) {
        List<String> extensions;
        try {
            extensions = MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtensions();
        } catch (MimeTypeException e) {
            return name;
        }
        if (extensions.isEmpty()) {
            return name;
        }
        var lower = name.toLowerCase(java.util.Locale.ROOT);
        if (extensions.stream().anyMatch(lower::endsWith)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        var baseLower = base.toLowerCase(java.util.Locale.ROOT);
        return extensions.stream().anyMatch(baseLower::endsWith) ? base : base + extensions.get(0);
    }

    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "file";
        }
        var last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        // Control characters and the bidirectional marks and overrides that make "exe.pdf" read as "fdp.exe".
        last = last.replaceAll("\\p{Cf}", "")
                .replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
                .strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return "file";
        }
        return last.length() > 200 ? last.substring(last.length() - 200) : last;
    }
}
