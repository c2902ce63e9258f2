package org.prongsai.disclosure;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.DocumentManagement;
import org.prongsai.document.UploadKind;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.ThaiWords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence as staff publish it: checked (title, link, elements, unit, date), its file stored only if it opens,
 * a replaced file kept as an earlier version, removed evidence gone; and the nightly read-back of every file.
 */
@Service
public class EvidencePublishing {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvidencePublishing.class);

    private final JdbcClient jdbc;
    private final FrameworkCatalog frameworks;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final AgencyManagement agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidencePublishing(
            JdbcClient jdbc,
            FrameworkCatalog frameworks,
            DocumentManagement documents,
            AuditTrail audit,
            AgencyManagement agencies,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.documents = documents;
        this.audit = audit;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID addEvidence(AgencyId agency, int year, String itemId, EvidenceForm form, String fileName, byte[] file)
            throws IOException {
        var item = frameworks
                .require(year)
                .oitItem(itemId)
                .orElseThrow(() -> new Refusal(null, "disclosure.item.unknown", itemId));
        if (form.title() == null || form.title().isBlank() || form.title().length() > 300) {
            throw new Refusal("title", "disclosure.evidence.title", null);
        }
        boolean hasFile = file != null && file.length > 0;
        var link = form.link() == null || form.link().isBlank()
                ? null
                : form.link().strip();
        if ((form.body() == null || form.body().isBlank()) && link == null && !hasFile) {
            throw new Refusal(null, "disclosure.evidence.empty", null);
        }
        if (form.body() != null && form.body().length() > 20_000) {
            throw new Refusal("body", "validation.too-long", null);
        }
        if (link != null) {
            switch (LinkPolicy.judge(link).verdict()) {
                case MALFORMED -> throw new Refusal("link", "validation.url.invalid", null);
                case PRIVATE -> throw new Refusal("link", "disclosure.evidence.private-link", link);
                case UNRESOLVABLE -> throw new Refusal("link", "disclosure.evidence.unresolvable-link", link);
                case PUBLIC -> {}
            }
        }
        if (form.dataYear() != null && (form.dataYear() < 2500 || form.dataYear() > 2700)) {
            throw new Refusal("dataYear", "disclosure.evidence.data-year", form.dataYear());
        }
        var elements = form.elements() == null ? List.<Integer>of() : form.elements();
        for (var e : elements) {
            if (e < 0 || e >= item.requiredElements().size()) {
                throw new Refusal("elements", "disclosure.evidence.element", e);
            }
        }
        checkUnit(agency, form.unitId());
        var publishedOn = publicationDate(form.publishedOn());
        var stored = hasFile ? storeReadable(agency, fileName, file) : null;
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into disclosure_evidence (agency_id, id, fiscal_year, item_id, title, body, link, file_id,
                            file_name, data_year, elements, search_words, unit_id, published_on, file_state,
                            file_checked_at)
                        values (:a, :id, :y, :item, :title, :body, :link, :file, :fileName, :dataYear,
                            cast(:elements as int[]), array_to_tsvector(cast(:words as text[])), :unit, :publishedOn,
                            :fileState, :checkedAt)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("y", year)
                .param("item", itemId)
                .param("title", form.title().strip())
                .param(
                        "body",
                        form.body() == null || form.body().isBlank()
                                ? null
                                : form.body().strip())
                .param("link", link)
                .param("file", stored == null ? null : stored.file().id())
                .param("fileName", stored == null ? null : stored.file().originalName())
                .param("dataYear", form.dataYear())
                .param("elements", elements.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("words", searchWords(form.title(), form.body(), stored))
                .param("unit", form.unitId())
                .param("publishedOn", publishedOn)
                .param("fileState", stored == null ? null : DocumentManagement.FileState.OK.name())
                .param("checkedAt", stored == null ? null : java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(
                agency,
                "create",
                "disclosure_evidence",
                id,
                null,
                Map.of("item", itemId, "title", form.title().strip()));
        events.publishEvent(new EvidencePublished(agency, year, itemId, id));
        return id;
    }

    /**
     * Replaces an evidence file by a newer version. The file it held stays listed (and downloadable) as an
     * earlier version; the new one is searched and counted from now on.
     */
    @Transactional
    public int replaceFile(AgencyId agency, UUID evidenceId, String fileName, byte[] file, LocalDate on)
            throws IOException {
        var current = jdbc.sql(
                        """
                        select title, body, file_id, file_name, published_on, version from disclosure_evidence
                        where agency_id = :a and id = :id for update
                        """)
                .param("a", agency.value())
                .param("id", evidenceId)
                .query((rs, n) -> new HeldFile(
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getObject("file_id", UUID.class),
                        rs.getString("file_name"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new Refusal(null, "disclosure.evidence.unknown", evidenceId));
        if (current.fileId() == null) {
            throw new Refusal(null, "disclosure.version.no-file", null);
        }
        if (file == null || file.length == 0) {
            throw new Refusal(null, "disclosure.version.file-required", null);
        }
        var publishedOn = publicationDate(on);
        var stored = storeReadable(agency, fileName, file);
        int version = current.version();
        jdbc.sql(
                        """
                        insert into disclosure_evidence_version (agency_id, evidence_id, version, file_id, file_name,
                            published_on)
                        values (:a, :id, :version, :file, :name, :publishedOn)
                        """)
                .param("a", agency.value())
                .param("id", evidenceId)
                .param("version", version)
                .param("file", current.fileId())
                .param("name", current.fileName())
                .param("publishedOn", current.publishedOn())
                .update();
        jdbc.sql(
                        """
                        update disclosure_evidence set file_id = :file, file_name = :name, version = :version,
                            published_on = :publishedOn, file_state = 'OK', file_checked_at = now(),
                            search_words = array_to_tsvector(cast(:words as text[]))
                        where agency_id = :a and id = :id
                        """)
                .param("a", agency.value())
                .param("id", evidenceId)
                .param("file", stored.file().id())
                .param("name", stored.file().originalName())
                .param("version", version + 1)
                .param("publishedOn", publishedOn)
                .param("words", searchWords(current.title(), current.body(), stored))
                .update();
        audit.record(
                agency,
                "update",
                "disclosure_evidence",
                evidenceId,
                Map.of("version", version, "file", current.fileName()),
                Map.of("version", version + 1, "file", stored.file().originalName()));
        events.publishEvent(new EvidencePublished(agency, null, null, evidenceId));
        return version + 1;
    }

    /** What an evidence row holds before its file is replaced. */
    private record HeldFile(
            String title, String body, UUID fileId, String fileName, LocalDate publishedOn, int version) {}

    /** A stored upload and the text read back from it. */
    private record Upload(org.prongsai.document.StoredFile file, String text) {}

    /** Stores a file only if it opens as what it is: a broken PDF is refused now, not found broken by the NACC. */
    private Upload storeReadable(AgencyId agency, String fileName, byte[] file) throws IOException {
        var stored = documents.store(agency, UploadKind.DOCUMENT, fileName, file);
        var contents = documents.read(stored);
        if (contents.state() != DocumentManagement.FileState.OK) {
            throw new Refusal("file", "disclosure.evidence.unreadable-file", stored.originalName());
        }
        return new Upload(stored, contents.text());
    }

    private void checkUnit(AgencyId agency, UUID unitId) {
        if (unitId != null && agencies.unit(agency, unitId).isEmpty()) {
            throw new Refusal("unitId", "disclosure.evidence.unit.invalid", null);
        }
    }

    /** A date as a form's date field sends it (dd/mm/B.E., or ISO); empty is none. */
    public static LocalDate date(String text) {
        try {
            return org.prongsai.shared.BuddhistDates.parse(text);
        } catch (org.prongsai.shared.BuddhistDates.Refused e) {
            throw new Refusal("publishedOn", e.key(), e.argument());
        }
    }

    private LocalDate publicationDate(LocalDate requested) {
        var today = LocalDate.now(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new Refusal("publishedOn", "disclosure.evidence.published-on.future", null);
        }
        return requested;
    }

    private static String searchWords(String title, String body, Upload upload) {
        var text = new StringBuilder(title == null ? "" : title);
        text.append(' ').append(body == null ? "" : body);
        if (upload != null) {
            text.append(' ').append(upload.file().originalName()).append(' ').append(upload.text());
        }
        return EvidenceSearch.lexemes(ThaiWords.words(text.toString()));
    }

    /** What the nightly read-back found: how many files do not open, and the items ("2568/O11") whose state changed. */
    public record FilesChecked(int broken, java.util.Set<String> changedItems) {}

    /**
     * Every evidence file, read back: is it still there, unchanged, and does it open? (the nightly check). The
     * items whose files changed state are named, so that only their pages are rendered again.
     */
    @Transactional
    public FilesChecked checkFiles(AgencyId agency) {
        var files = jdbc.sql(
                        """
                        select id, file_id, fiscal_year, item_id, file_state from disclosure_evidence
                        where agency_id = :a and file_id is not null
                        """)
                .param("a", agency.value())
                .query((rs, n) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getObject("file_id", UUID.class),
                    rs.getInt("fiscal_year") + "/" + rs.getString("item_id"),
                    rs.getString("file_state")
                })
                .list();
        int broken = 0;
        var changed = new java.util.TreeSet<String>();
        for (var row : files) {
            DocumentManagement.FileState state;
            try {
                state = documents
                        .find(agency, (UUID) row[1])
                        .map(f -> documents.read(f).state())
                        .orElse(DocumentManagement.FileState.MISSING);
            } catch (org.prongsai.document.FileStore.Unavailable e) {
                // The store is down, not the files: the rest wait for the next check, marked as they were.
                log.warn("The file store does not answer; this agency's file check stops here: {}", e.getMessage());
                break;
            }
            if (state != DocumentManagement.FileState.OK) {
                broken++;
            }
            if (!state.name().equals(row[3])) {
                changed.add((String) row[2]);
            }
            jdbc.sql(
                            """
                            update disclosure_evidence set file_state = :state, file_checked_at = now()
                            where agency_id = :a and id = :id
                            """)
                    .param("a", agency.value())
                    .param("id", row[0])
                    .param("state", state.name())
                    .update();
        }
        return new FilesChecked(broken, changed);
    }

    @Transactional
    public void removeEvidence(AgencyId agency, UUID id) {
        int removed = jdbc.sql("delete from disclosure_evidence where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .update();
        if (removed > 0) {
            audit.record(agency, "delete", "disclosure_evidence", id, Map.of("id", id.toString()), null);
            events.publishEvent(new EvidenceRemoved(agency, id));
        }
    }
}
