package org.prongsai.disclosure;

import java.sql.Array;
import java.sql.SQLException;
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
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.framework.OitItem;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Csv;
import org.prongsai.shared.OitEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure module's API: evidence per OIT item as the site shows it, completeness, readiness and the
 * NACC's URL list. {@link EvidencePublishing} publishes evidence, {@link EvidenceSearch} finds it.
 */
@Service
public class DisclosureManagement {

    private final JdbcClient jdbc;
    private final FrameworkCatalog frameworks;
    private final AgencyManagement agencies;
    private final List<OitEvidence.Source> sources;

    DisclosureManagement(
            JdbcClient jdbc, FrameworkCatalog frameworks, AgencyManagement agencies, List<OitEvidence.Source> sources) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
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
