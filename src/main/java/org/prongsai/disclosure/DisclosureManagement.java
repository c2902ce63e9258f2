package org.prongsai.disclosure;

import java.io.IOException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringInput;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.DocumentManagement;
import org.prongsai.document.UploadKind;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.framework.OitItem;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Csv;
import org.prongsai.shared.OitEvidence;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.ThaiWords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The disclosure module's API: evidence per OIT item, completeness, readiness and the NACC's URL list. */
@Service
public class DisclosureManagement {

    private final JdbcClient jdbc;
    private final FrameworkCatalog frameworks;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final AgencyManagement agencies;
    private final List<OitEvidence.Source> sources;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    DisclosureManagement(
            Clock clock,
            JdbcClient jdbc,
            FrameworkCatalog frameworks,
            DocumentManagement documents,
            AuditTrail audit,
            AgencyManagement agencies,
            List<OitEvidence.Source> sources,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.documents = documents;
        this.audit = audit;
        this.agencies = agencies;
        this.sources = List.copyOf(sources);
    }

    /**
     * Evidence Prongsai holds already, from every module that offers some (the issued announcement, answered
     * questions, …): nobody uploads it again, and it is always current. Modules name what their evidence is
     * about; the year's framework says which item carries that meaning, so it lands on O42 in 2566 and on O25
     * in 2569. For one item, only its meanings are asked for.
     */
    private List<Evidence> generated(AgencyId agency, Framework framework, OitItem only) {
        var asked = only == null ? java.util.Collections.<String>singletonList(null) : only.meanings();
        var out = new ArrayList<Evidence>();
        for (var meaning : asked) {
            for (var source : sources) {
                for (var e : source.evidence(agency, framework.fiscalYear(), meaning)) {
                    for (var item : framework.itemsMeaning(e.meaning())) {
                        if (only == null || only.id().equals(item.id())) {
                            out.add(Evidence.generated(
                                    item.id(),
                                    new Evidence.Label(e.titleKey(), e.first(), e.second()),
                                    e.link(),
                                    framework.fiscalYear(),
                                    e.publishedAt()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Last year's evidence this item can take over: a count per item of that year with the same meaning. */
    public record Carryable(int fromYear, String fromItem, long count) {}

    /**
     * What staff published last year for the item that means what this one means (O42 in 2567 for O25 in
     * 2569, or the same number when the list did not change), and is not here yet.
     */
    @Transactional(readOnly = true)
    public List<Carryable> carryable(AgencyId agency, int year, String itemId) {
        var sources = previousItems(year, itemId);
        var out = new ArrayList<Carryable>();
        for (var from : sources) {
            long count = jdbc.sql(
                            """
                            select count(*) from disclosure_evidence e
                            where e.agency_id = :a and e.fiscal_year = :py and e.item_id = :from
                              and not exists (select 1 from disclosure_evidence t where t.agency_id = e.agency_id
                                  and t.fiscal_year = :y and t.item_id = :item and t.title = e.title
                                  and t.file_id is not distinct from e.file_id and t.link is not distinct from e.link)
                            """)
                    .param("a", agency.value())
                    .param("py", year - 1)
                    .param("from", from)
                    .param("y", year)
                    .param("item", itemId)
                    .query(Long.class)
                    .single();
            if (count > 0) {
                out.add(new Carryable(year - 1, from, count));
            }
        }
        return out;
    }

    private List<String> previousItems(int year, String itemId) {
        var item =
                framework(year).oitItem(itemId).orElseThrow(() -> new Refusal(null, "disclosure.item.unknown", itemId));
        var previous = frameworks.find(year - 1);
        if (previous.isEmpty() || item.meanings().isEmpty()) {
            return List.of();
        }
        return previous.get().oitItems().stream()
                .filter(o -> o.meanings().stream().anyMatch(item.meanings()::contains))
                .map(org.prongsai.framework.OitItem::id)
                .toList();
    }

    /**
     * Carries last year's evidence of the matching item to this one in one action: the same title, text, link
     * and file (a file is never copied, only shared), as new evidence of this year that staff then update. The
     * elements are not ticked, as the items' elements are numbered anew each year.
     */
    @Transactional
    public int carryFromPreviousYear(AgencyId agency, int year, String itemId) {
        int carried = 0;
        for (var from : previousItems(year, itemId)) {
            carried += jdbc.sql(
                            """
                            insert into disclosure_evidence (agency_id, id, fiscal_year, item_id, title, body, link, file_id,
                                file_name, data_year, elements, search_words, unit_id, published_on, file_state,
                                file_checked_at)
                            select e.agency_id, gen_random_uuid(), :y, :item, e.title, e.body, e.link, e.file_id,
                                e.file_name, e.data_year, '{}', e.search_words, e.unit_id, :today, e.file_state,
                                e.file_checked_at
                            from disclosure_evidence e
                            where e.agency_id = :a and e.fiscal_year = :py and e.item_id = :from
                              and not exists (select 1 from disclosure_evidence t where t.agency_id = e.agency_id
                                  and t.fiscal_year = :y and t.item_id = :item and t.title = e.title
                                  and t.file_id is not distinct from e.file_id and t.link is not distinct from e.link)
                            """)
                    .param("a", agency.value())
                    .param("py", year - 1)
                    .param("from", from)
                    .param("y", year)
                    .param("item", itemId)
                    .param("today", LocalDate.now(clock))
                    .update();
        }
        if (carried > 0) {
            audit.record(
                    agency,
                    "carry",
                    "disclosure_evidence",
                    year + " " + itemId,
                    null,
                    Map.of("from", year - 1, "count", carried));
            events.publishEvent(new EvidencePublished(agency, year, itemId, null));
        }
        return carried;
    }

    /** What staff publish: a publication date left empty means today; the unit is one of the agency's. */
    public record EvidenceForm(
            String title,
            String body,
            String link,
            Integer dataYear,
            List<Integer> elements,
            UUID unitId,
            LocalDate publishedOn) {

        public EvidenceForm(String title, String body, String link, Integer dataYear, List<Integer> elements) {
            this(title, body, link, dataYear, elements, null, null);
        }
    }

    public int currentYear() {
        return frameworks.currentYear();
    }

    public Framework framework(int year) {
        return frameworks.require(year);
    }

    @Transactional(readOnly = true)
    public List<ItemStatus> catalogue(AgencyId agency, int year) {
        var framework = framework(year);
        var byItem = new HashMap<String, List<Evidence>>();
        // The same evidence as each item's page: what staff published and what Prongsai makes itself.
        var all = new ArrayList<>(evidence(agency, year, null));
        all.addAll(generated(agency, framework, null));
        all.forEach(
                e -> byItem.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e));
        return framework.oitItems().stream()
                .map(item -> status(item, byItem.getOrDefault(item.id(), List.of()), year))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ItemStatus> item(AgencyId agency, int year, String itemId) {
        var framework = framework(year);
        return framework.oitItem(itemId).map(item -> {
            var all = new ArrayList<>(withVersions(agency, evidence(agency, year, itemId)));
            all.addAll(generated(agency, framework, item));
            return status(item, all, year);
        });
    }

    private static ItemStatus status(OitItem item, List<Evidence> evidence, int year) {
        var covered = evidence.stream().flatMap(e -> e.elements().stream()).collect(Collectors.toSet());
        var missing = new ArrayList<Integer>();
        for (int i = 0; i < item.requiredElements().size(); i++) {
            if (!covered.contains(i)) {
                missing.add(i);
            }
        }
        // Evidence must be of the assessed year; an item whose evidence is all of other years is stale.
        boolean stale =
                !evidence.isEmpty() && evidence.stream().noneMatch(e -> e.dataYear() == null || e.dataYear() == year);
        boolean broken = evidence.stream().anyMatch(e -> Boolean.FALSE.equals(e.linkOk()));
        return new ItemStatus(item, evidence, missing, stale, broken);
    }

    private List<Evidence> evidence(AgencyId agency, int year, String itemId) {
        var units = unitsById(agency);
        return jdbc.sql(
                        """
                        select id, item_id, title, body, link, file_id, file_name, data_year, elements, published_at,
                               link_ok, unit_id, published_on, version, file_state
                        from disclosure_evidence
                        where agency_id = :a and fiscal_year = :y and (cast(:item as varchar) is null or item_id = :item)
                        order by published_at
                        """)
                .param("a", agency.value())
                .param("y", year)
                .param("item", itemId)
                .query((rs, n) -> new Evidence(
                        rs.getObject("id", UUID.class),
                        rs.getString("item_id"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getObject("file_id", UUID.class),
                        rs.getString("file_name"),
                        (Integer) rs.getObject("data_year"),
                        ints(rs.getArray("elements")),
                        rs.getTimestamp("published_at").toInstant(),
                        (Boolean) rs.getObject("link_ok"),
                        units.get(rs.getObject("unit_id", UUID.class)),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getInt("version"),
                        rs.getString("file_state"),
                        List.of(),
                        null))
                .list();
    }

    private Map<UUID, org.prongsai.agency.Unit> unitsById(AgencyId agency) {
        var units = new HashMap<UUID, org.prongsai.agency.Unit>();
        agencies.units(agency).forEach(u -> units.put(u.id(), u));
        return units;
    }

    /** The same evidence, each with the files it replaced (an item page shows them; a catalogue does not). */
    private List<Evidence> withVersions(AgencyId agency, List<Evidence> evidence) {
        var ids =
                evidence.stream().filter(e -> e.version() > 1).map(Evidence::id).toList();
        if (ids.isEmpty()) {
            return evidence;
        }
        var earlier = new HashMap<UUID, List<Evidence.Version>>();
        jdbc.sql(
                        """
                        select evidence_id, version, file_id, file_name, published_on, replaced_at
                        from disclosure_evidence_version
                        where agency_id = :a and evidence_id in (:ids)
                        order by version desc
                        """)
                .param("a", agency.value())
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getObject("evidence_id", UUID.class),
                        new Evidence.Version(
                                rs.getInt("version"),
                                rs.getObject("file_id", UUID.class),
                                rs.getString("file_name"),
                                rs.getObject("published_on", LocalDate.class),
                                rs.getTimestamp("replaced_at").toInstant())))
                .list()
                .forEach(e -> earlier.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return evidence.stream()
                .map(e -> new Evidence(
                        e.id(),
                        e.itemId(),
                        e.title(),
                        e.body(),
                        e.link(),
                        e.fileId(),
                        e.fileName(),
                        e.dataYear(),
                        e.elements(),
                        e.publishedAt(),
                        e.linkOk(),
                        e.unit(),
                        e.publishedOn(),
                        e.version(),
                        e.fileState(),
                        List.copyOf(earlier.getOrDefault(e.id(), List.of())),
                        e.label()))
                .toList();
    }

    @Transactional
    public UUID addEvidence(AgencyId agency, int year, String itemId, EvidenceForm form, String fileName, byte[] file)
            throws IOException {
        var item =
                framework(year).oitItem(itemId).orElseThrow(() -> new Refusal(null, "disclosure.item.unknown", itemId));
        if (form.title() == null || form.title().isBlank() || form.title().length() > 300) {
            throw new Refusal(null, "disclosure.evidence.title", null);
        }
        boolean hasFile = file != null && file.length > 0;
        var link = form.link() == null || form.link().isBlank()
                ? null
                : form.link().strip();
        if ((form.body() == null || form.body().isBlank()) && link == null && !hasFile) {
            throw new Refusal(null, "disclosure.evidence.empty", null);
        }
        if (form.body() != null && form.body().length() > 20_000) {
            throw new Refusal(null, "validation.too-long", null);
        }
        if (link != null) {
            switch (LinkPolicy.judge(link).verdict()) {
                case MALFORMED -> throw new Refusal(null, "validation.url.invalid", null);
                case PRIVATE -> throw new Refusal(null, "disclosure.evidence.private-link", link);
                case UNRESOLVABLE -> throw new Refusal(null, "disclosure.evidence.unresolvable-link", link);
                case PUBLIC -> {}
            }
        }
        if (form.dataYear() != null && (form.dataYear() < 2500 || form.dataYear() > 2700)) {
            throw new Refusal(null, "disclosure.evidence.data-year", form.dataYear());
        }
        var elements = form.elements() == null ? List.<Integer>of() : form.elements();
        for (var e : elements) {
            if (e < 0 || e >= item.requiredElements().size()) {
                throw new Refusal(null, "disclosure.evidence.element", e);
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
            throw new Refusal(null, "disclosure.evidence.unreadable-file", stored.originalName());
        }
        return new Upload(stored, contents.text());
    }

    private void checkUnit(AgencyId agency, UUID unitId) {
        if (unitId != null && agencies.unit(agency, unitId).isEmpty()) {
            throw new Refusal(null, "disclosure.evidence.unit.invalid", null);
        }
    }

    /** A date as a form's date field sends it (dd/mm/B.E., or ISO); empty is none. */
    public static LocalDate date(String text) {
        try {
            return org.prongsai.shared.BuddhistDates.parse(text);
        } catch (org.prongsai.shared.BuddhistDates.Refused e) {
            throw new Refusal(null, e.key(), e.argument());
        }
    }

    private LocalDate publicationDate(LocalDate requested) {
        var today = LocalDate.now(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new Refusal(null, "disclosure.evidence.published-on.future", null);
        }
        return requested;
    }

    private static String searchWords(String title, String body, Upload upload) {
        var text = new StringBuilder(title == null ? "" : title);
        text.append(' ').append(body == null ? "" : body);
        if (upload != null) {
            text.append(' ').append(upload.file().originalName()).append(' ').append(upload.text());
        }
        return lexemes(ThaiWords.words(text.toString()));
    }

    /** Every evidence file, read back: is it still there, unchanged, and does it open? (the nightly check) */
    @Transactional
    public int checkFiles(AgencyId agency) {
        var files = jdbc.sql("select id, file_id from disclosure_evidence where agency_id = :a and file_id is not null")
                .param("a", agency.value())
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("file_id", UUID.class)))
                .list();
        int broken = 0;
        for (var row : files) {
            var state = documents
                    .find(agency, row.getValue())
                    .map(f -> documents.read(f).state())
                    .orElse(DocumentManagement.FileState.MISSING);
            if (state != DocumentManagement.FileState.OK) {
                broken++;
            }
            jdbc.sql(
                            """
                            update disclosure_evidence set file_state = :state, file_checked_at = now()
                            where agency_id = :a and id = :id
                            """)
                    .param("a", agency.value())
                    .param("id", row.getKey())
                    .param("state", state.name())
                    .update();
        }
        events.publishEvent(new EvidenceChecked(agency, files.size(), broken));
        return broken;
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

    /** What was published, found by the words of a Thai or English query, best matches first. */
    public record Found(int fiscalYear, String itemId, String title, String excerpt, String fileName) {}

    @Transactional(readOnly = true)
    public List<Found> search(AgencyId agency, String query) {
        var words = ThaiWords.words(query == null ? "" : query);
        if (words.isEmpty() || query.length() > 200) {
            return List.of();
        }
        // Every word must match. The words come from the same splitter as the stored ones and reach PostgreSQL
        // as ready lexemes (its own parser would drop Thai letters under a C locale), each also as a prefix:
        // the dictionary keeps some compounds whole (คอนกรีตเสริมเหล็ก) that a query may split.
        var tsquery = words.stream()
                .map(DisclosureManagement::clean)
                .filter(w -> !w.isEmpty())
                .map(w -> "'" + w + "':*")
                .collect(Collectors.joining(" & "));
        if (tsquery.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select fiscal_year, item_id, title, coalesce(body, '') as body, file_name
                        from disclosure_evidence
                        where agency_id = :a and search_words @@ cast(:q as tsquery)
                        order by ts_rank(search_words, cast(:q as tsquery)) desc, published_at desc
                        limit 50
                        """)
                .param("a", agency.value())
                .param("q", tsquery)
                .query((rs, n) -> new Found(
                        rs.getInt("fiscal_year"),
                        rs.getString("item_id"),
                        rs.getString("title"),
                        excerpt(rs.getString("body")),
                        rs.getString("file_name")))
                .list();
    }

    /** Letters, marks and digits only: nothing that could close a quoted lexeme. */
    private static String clean(String word) {
        return word.replaceAll("[^\\p{L}\\p{N}\\p{M}]", "");
    }

    private static String lexemes(List<String> words) {
        return words.stream()
                .map(DisclosureManagement::clean)
                .filter(w -> !w.isEmpty())
                .distinct()
                .map(w -> "\"" + w + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    /** The readiness of a year: counts by state, and the OIT score the engine expects from them. */
    public record Readiness(int complete, int incomplete, int stale, Double expectedOitScore, String formula) {}

    @Transactional(readOnly = true)
    public Readiness readiness(AgencyId agency, int year) {
        return readiness(year, catalogue(agency, year));
    }

    /** The readiness of a year's catalogue already at hand (the readiness page shows both). */
    public Readiness readiness(int year, List<ItemStatus> catalogue) {
        var verdicts = new LinkedHashMap<String, OitVerdict>();
        catalogue.forEach(s -> verdicts.put(
                s.item().id(), s.state() == ItemStatus.State.COMPLETE ? OitVerdict.PASS : OitVerdict.FAIL));
        var oit = new Scorer(framework(year))
                .score(new ScoringInput(null, null, null, verdicts, null, null))
                .tools()
                .get(Framework.OIT);
        return new Readiness(
                (int) catalogue.stream()
                        .filter(s -> s.state() == ItemStatus.State.COMPLETE)
                        .count(),
                (int) catalogue.stream()
                        .filter(s -> s.state() == ItemStatus.State.INCOMPLETE)
                        .count(),
                (int) catalogue.stream()
                        .filter(s -> s.state() == ItemStatus.State.STALE)
                        .count(),
                oit.value(),
                oit.formula());
    }

    /** Whether the file is one that current evidence publishes, now or as an earlier version of its file. */
    @Transactional(readOnly = true)
    public boolean isPublishedFile(AgencyId agency, UUID fileId) {
        return jdbc.sql(
                        """
                        select exists (select 1 from disclosure_evidence where agency_id = :a and file_id = :f)
                            or exists (select 1 from disclosure_evidence_version where agency_id = :a and file_id = :f)
                        """)
                .param("a", agency.value())
                .param("f", fileId)
                .query(Boolean.class)
                .single();
    }

    /** Code, name and URL per item, as the NACC's system asks for them. */
    @Transactional(readOnly = true)
    public String urlList(AgencyId agency, int year, String siteBase) {
        var rows = catalogue(agency, year).stream()
                .map(status -> List.of(
                        status.item().id(),
                        status.item().name().th(),
                        siteBase + "/oit/" + year + "/" + status.item().id()))
                .toList();
        return Csv.write(List.of("code", "name", "url"), rows);
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
