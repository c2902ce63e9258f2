package org.prongsai.improvement;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.DocumentManagement;
import org.prongsai.document.UploadKind;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What units write as they carry a measure out: notes, each with a file or a link as evidence. */
@Service
public class ProgressNotes {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<Progress> PROGRESS_ROWS = new DataClassRowMapper<>(Progress.class);

    private static final Pattern LINK = Pattern.compile("^https?://[^\\s<>\"']{3,490}$");

    private final JdbcClient jdbc;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final MeasureTracking tracking;

    ProgressNotes(JdbcClient jdbc, DocumentManagement documents, AuditTrail audit, MeasureTracking tracking) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
        this.tracking = tracking;
    }

    @Transactional(readOnly = true)
    public List<Progress> progress(AgencyId agency, UUID occurrenceId) {
        return jdbc.sql(
                        """
                        select written_at, written_by, note, evidence_file, evidence_name, evidence_link
                        from improvement_progress where agency_id = :a and occurrence_id = :o order by written_at
                        """)
                .param("a", agency.value())
                .param("o", occurrenceId)
                .query(PROGRESS_ROWS)
                .list();
    }

    /** A progress note, with a file (checked by its content) or a link as evidence. */
    @Transactional
    public void addProgress(AgencyId agency, UUID occurrenceId, String note, String fileName, byte[] file, String link)
            throws IOException {
        if (note == null || note.isBlank() || note.length() > 5000) {
            throw ImprovementManagement.refused("note", "improvement.track.note-required");
        }
        if (link != null && !link.isBlank() && !LINK.matcher(link.strip()).matches()) {
            throw ImprovementManagement.refused("link", "validation.url.invalid");
        }
        tracking.occurrence(agency, occurrenceId)
                .orElseThrow(() -> ImprovementManagement.refused("occurrence", "improvement.track.not-found"));
        UUID fileId = null;
        String storedName = null;
        if (file != null && file.length > 0) {
            var stored = documents.store(agency, UploadKind.DOCUMENT, fileName, file);
            fileId = stored.id();
            storedName = stored.originalName();
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into improvement_progress (agency_id, id, occurrence_id, written_by, note, evidence_file,
                            evidence_name, evidence_link)
                        values (:a, :id, :o, :by, :note, :file, :name, :link)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("o", occurrenceId)
                .param(
                        "by",
                        StaffIdentity.current().map(StaffIdentity::displayName).orElse("system"))
                .param("note", note.strip())
                .param("file", fileId)
                .param("name", storedName)
                .param("link", link == null || link.isBlank() ? null : link.strip())
                .update();
        audit.record(agency, "progress", "improvement_occurrence", occurrenceId, null, Map.of("note", note.strip()));
    }
}
