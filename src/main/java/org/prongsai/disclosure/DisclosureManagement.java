package org.prongsai.disclosure;

import java.io.IOException;
import java.sql.Array;
import java.sql.SQLException;
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
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.improvement.QuarterlyReports;
import org.prongsai.news.News;
import org.prongsai.participation.Participation;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ThaiWords;
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
    private final ImprovementManagement improvement;
    private final QuarterlyReports reports;
    private final Participation participation;
    private final AgencyManagement agencies;
    private final News news;

    DisclosureManagement(
            JdbcClient jdbc,
            FrameworkCatalog frameworks,
            DocumentManagement documents,
            AuditTrail audit,
            ImprovementManagement improvement,
            QuarterlyReports reports,
            Participation participation,
            AgencyManagement agencies,
            News news) {
        this.agencies = agencies;
        this.news = news;
        this.reports = reports;
        this.participation = participation;
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.documents = documents;
        this.audit = audit;
        this.improvement = improvement;
    }

    /** The OIT items that ask for the integrity measures drawn from last year's results, and for their progress. */
    static final String MEASURES_ITEM = "O42";

    static final String PROGRESS_ITEM = "O43";

    /** The OIT item that asks for a public Q&A channel that is used. */
    static final String QA_ITEM = "O8";

    /**
     * Evidence Prongsai holds already: the announcements the chief executive issued for this year's plan count
     * for the measures item, without anyone uploading them again.
     */
    private List<Evidence> generated(AgencyId agency, int year, String itemId) {
        var out = new ArrayList<Evidence>();
        if (itemId == null || itemId.equals(MEASURES_ITEM)) {
            out.addAll(announcements(agency, year));
        }
        // The executives and the contacts come from the agency's own profile pages.
        var people =
                itemId == null || itemId.equals("O2") ? agencies.people(agency).size() : 0;
        if (people > 0) {
            out.add(new Evidence(
                    null,
                    "O2",
                    "ข้อมูลผู้บริหาร (" + people + " คน)",
                    null,
                    "/about",
                    null,
                    null,
                    year,
                    List.of(),
                    null,
                    null));
        }
        // Structure (O1), powers and duties (O3), development plan (O4) and laws (O6): the about pages.
        var pageItems = Map.of("STRUCTURE", "O1", "DUTIES", "O3", "PLAN", "O4", "LAWS", "O6");
        for (var page : agencies.aboutPages(agency)) {
            var item = pageItems.get(page.page().name());
            if (itemId == null || itemId.equals(item)) {
                out.add(new Evidence(
                        null,
                        item,
                        "หน้าเกี่ยวกับหน่วยงาน: " + page.page().name().toLowerCase(java.util.Locale.ROOT),
                        null,
                        "/about#" + page.page().name().toLowerCase(java.util.Locale.ROOT),
                        null,
                        null,
                        year,
                        List.of(),
                        page.updatedAt(),
                        null));
            }
        }
        var profile = agencies.get(agency);
        if ((itemId == null || itemId.equals("O5"))
                && profile.phone() != null
                && !profile.fullAddress().isEmpty()) {
            out.add(new Evidence(
                    null, "O5", "ข้อมูลการติดต่อ", null, "/contact", null, null, year, List.of(), null, null));
        }
        var newsCount = itemId == null || itemId.equals("O7") ? news.publishedIn(agency, year) : 0;
        if (newsCount > 0) {
            out.add(new Evidence(
                    null,
                    "O7",
                    "ข่าวประชาสัมพันธ์ " + newsCount + " ข่าวในปีงบประมาณ " + year,
                    null,
                    "/news",
                    null,
                    null,
                    year,
                    List.of(),
                    null,
                    null));
        }
        var answered = itemId == null || itemId.equals(QA_ITEM) ? participation.answeredIn(agency, year) : 0;
        if (answered > 0) {
            out.add(new Evidence(
                    null,
                    QA_ITEM,
                    "ถาม-ตอบ: ตอบคำถามประชาชนแล้ว " + answered + " เรื่องในปีงบประมาณ " + year,
                    null,
                    "/qa",
                    null,
                    null,
                    year,
                    List.of(),
                    null,
                    null));
        }
        if (itemId == null || itemId.equals(PROGRESS_ITEM)) {
            reports.acknowledgedReports(agency, year)
                    .keySet()
                    .forEach(q -> out.add(new Evidence(
                            null,
                            PROGRESS_ITEM,
                            "รายงานผลการดำเนินการตามมาตรการ ไตรมาสที่ " + q + " ปีงบประมาณ " + year
                                    + " (ผู้บริหารรับทราบแล้ว)",
                            null,
                            "/reports/" + year + "/" + q + ".pdf",
                            null,
                            null,
                            year,
                            List.of(),
                            null,
                            null)));
        }
        return out;
    }

    private List<Evidence> announcements(AgencyId agency, int year) {
        return improvement.allAnnouncements(agency).stream()
                .filter(a -> a.planYear() == year)
                .map(a -> new Evidence(
                        null,
                        MEASURES_ITEM,
                        "ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + year + " (ฉบับที่ " + a.version()
                                + ")",
                        null,
                        "/announcements/" + year + "/" + a.version() + ".pdf",
                        null,
                        null,
                        year,
                        List.of(),
                        a.issuedAt(),
                        null))
                .toList();
    }

    /** A refused change, as a message key and its argument. */
    public static class Refused extends RuntimeException {
        private final String key;
        private final String argument;

        Refused(String key, Object argument) {
            super(key);
            this.key = key;
            this.argument = argument == null ? "" : argument.toString();
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    public record EvidenceForm(String title, String body, String link, Integer dataYear, List<Integer> elements) {}

    public Framework framework(int year) {
        return frameworks.find(year).orElseThrow(() -> new Refused("disclosure.no-framework", year));
    }

    @Transactional(readOnly = true)
    public List<ItemStatus> catalogue(AgencyId agency, int year) {
        var framework = framework(year);
        var byItem = new HashMap<String, List<Evidence>>();
        evidence(agency, year, null).forEach(e -> byItem.computeIfAbsent(e.itemId(), k -> new ArrayList<>())
                .add(e));
        return framework.oitItems().stream()
                .map(item -> status(item, byItem.getOrDefault(item.id(), List.of()), year))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ItemStatus> item(AgencyId agency, int year, String itemId) {
        return framework(year).oitItem(itemId).map(item -> {
            var all = new ArrayList<>(evidence(agency, year, itemId));
            all.addAll(generated(agency, year, itemId));
            return status(item, all, year);
        });
    }

    private static ItemStatus status(org.prongsai.framework.OitItem item, List<Evidence> evidence, int year) {
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
        return jdbc.sql(
                        """
                        select id, item_id, title, body, link, file_id, file_name, data_year, elements, published_at,
                               link_ok
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
                        (Boolean) rs.getObject("link_ok")))
                .list();
    }

    @Transactional
    public UUID addEvidence(AgencyId agency, int year, String itemId, EvidenceForm form, String fileName, byte[] file)
            throws IOException {
        var item = framework(year).oitItem(itemId).orElseThrow(() -> new Refused("disclosure.item.unknown", itemId));
        if (form.title() == null || form.title().isBlank() || form.title().length() > 300) {
            throw new Refused("disclosure.evidence.title", null);
        }
        boolean hasFile = file != null && file.length > 0;
        var link = form.link() == null || form.link().isBlank()
                ? null
                : form.link().strip();
        if ((form.body() == null || form.body().isBlank()) && link == null && !hasFile) {
            throw new Refused("disclosure.evidence.empty", null);
        }
        if (form.body() != null && form.body().length() > 20_000) {
            throw new Refused("validation.too-long", null);
        }
        if (link != null && !LinkPolicy.wellFormed(link)) {
            throw new Refused("validation.url.invalid", null);
        }
        if (link != null && LinkPolicy.privateAddress(link)) {
            throw new Refused("disclosure.evidence.private-link", link);
        }
        if (form.dataYear() != null && (form.dataYear() < 2500 || form.dataYear() > 2700)) {
            throw new Refused("disclosure.evidence.data-year", form.dataYear());
        }
        var elements = form.elements() == null ? List.<Integer>of() : form.elements();
        for (var e : elements) {
            if (e < 0 || e >= item.requiredElements().size()) {
                throw new Refused("disclosure.evidence.element", e);
            }
        }
        UUID fileId = null;
        String storedName = null;
        if (hasFile) {
            var stored = documents.store(agency, UploadKind.DOCUMENT, fileName, file);
            fileId = stored.id();
            storedName = stored.originalName();
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into disclosure_evidence (agency_id, id, fiscal_year, item_id, title, body, link, file_id,
                            file_name, data_year, elements, search_words)
                        values (:a, :id, :y, :item, :title, :body, :link, :file, :fileName, :dataYear,
                            cast(:elements as int[]), array_to_tsvector(cast(:words as text[])))
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
                .param("file", fileId)
                .param("fileName", storedName)
                .param("dataYear", form.dataYear())
                .param("elements", elements.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param(
                        "words",
                        lexemes(ThaiWords.words(form.title() + " " + (form.body() == null ? "" : form.body()) + " "
                                + (storedName == null ? "" : storedName))))
                .update();
        audit.record(
                agency,
                "create",
                "disclosure_evidence",
                id,
                null,
                Map.of("item", itemId, "title", form.title().strip()));
        return id;
    }

    @Transactional
    public void removeEvidence(AgencyId agency, UUID id) {
        int removed = jdbc.sql("delete from disclosure_evidence where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .update();
        if (removed > 0) {
            audit.record(agency, "delete", "disclosure_evidence", id, Map.of("id", id.toString()), null);
        }
    }

    /** What was published, found by the words of a Thai or English query, best matches first. */
    public record Found(int fiscalYear, String itemId, String title, String excerpt) {}

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
                        select fiscal_year, item_id, title, coalesce(body, '') as body
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
                        excerpt(rs.getString("body"))))
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
        var catalogue = catalogue(agency, year);
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

    /** Code, name and URL per item, as the NACC's system asks for them. */
    @Transactional(readOnly = true)
    public String urlList(AgencyId agency, int year, String siteBase) {
        var out = new StringBuilder("\uFEFFcode,name,url\r\n");
        for (var status : catalogue(agency, year)) {
            var item = status.item();
            out.append(item.id())
                    .append(',')
                    .append(csv(item.name().th()))
                    .append(',')
                    .append(siteBase)
                    .append("/oit/")
                    .append(year)
                    .append('/')
                    .append(item.id())
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String csv(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
