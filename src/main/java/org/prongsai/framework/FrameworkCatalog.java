package org.prongsai.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.prongsai.shared.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The framework module's API: every fiscal year's framework, read from {@code frameworks/ita-*.json} at
 * start-up (a broken file stops the start with a message naming the file, the place and the field), or as
 * an administrator edited it for this deployment.
 */
@Service
public class FrameworkCatalog {

    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalog.class);

    private final TreeMap<Integer, Framework> shipped = new TreeMap<>();
    private final JdbcClient jdbc;
    private final FrameworkReader reader = new FrameworkReader();
    // Edited frameworks, re-read only when their row changes (another instance may have edited it).
    private final Map<Integer, Edition> editions = new ConcurrentHashMap<>();

    record Edition(Instant changedAt, Framework framework, int basedOn, String changedBy) {}

    /** What an administrator sees of a year: the framework in force and where it comes from. */
    public record Entry(
            int fiscalYear, boolean shipped, boolean edited, Integer basedOn, String changedBy, Instant changedAt) {}

    private final Clock clock;

    FrameworkCatalog(Clock clock, JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
        try {
            for (var resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:frameworks/ita-*.json")) {
                var framework = reader.read(resource.getFilename(), resource.getContentAsByteArray());
                if (shipped.put(framework.fiscalYear(), framework) != null) {
                    throw new FrameworkException(
                            resource.getFilename(),
                            "framework",
                            "fiscalYear",
                            "a second file for " + framework.fiscalYear());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("ITA frameworks loaded for fiscal years {}", shipped.keySet());
    }

    public List<Integer> years() {
        var years = new TreeSet<>(shipped.keySet());
        years.addAll(jdbc.sql("select fiscal_year from framework_edition")
                .query(Integer.class)
                .list());
        return List.copyOf(years.descendingSet());
    }

    public Optional<Framework> find(int fiscalYear) {
        return edition(fiscalYear).map(Edition::framework).or(() -> Optional.ofNullable(shipped.get(fiscalYear)));
    }

    /** The year's framework, or {@link NoFramework} for the page to explain. */
    public Framework require(int fiscalYear) {
        return find(fiscalYear).orElseThrow(() -> new NoFramework(fiscalYear));
    }

    /**
     * The year people mean when they name none: today's fiscal year if it has a framework, else the latest
     * earlier one, else the earliest later one.
     */
    public int currentYear() {
        int today = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        var years = years();
        return years.stream()
                .filter(y -> y <= today)
                .findFirst()
                .orElseGet(() -> years.isEmpty() ? today : years.get(years.size() - 1));
    }

    public Optional<Framework> shipped(int fiscalYear) {
        return Optional.ofNullable(shipped.get(fiscalYear));
    }

    public List<Framework> all() {
        return years().stream().map(y -> find(y).orElseThrow()).toList();
    }

    /** Per year, how many sourced values are high, medium, low, unknown or other. */
    public Map<Integer, java.util.SortedMap<String, Integer>> confidence() {
        var out = new java.util.LinkedHashMap<Integer, java.util.SortedMap<String, Integer>>();
        years().forEach(y -> out.put(y, find(y).orElseThrow().confidence()));
        return out;
    }

    public List<Entry> entries() {
        return years().stream()
                .map(y -> {
                    var edition = edition(y);
                    return new Entry(
                            y,
                            shipped.containsKey(y),
                            edition.isPresent(),
                            edition.map(Edition::basedOn).orElse(null),
                            edition.map(Edition::changedBy).orElse(null),
                            edition.map(Edition::changedAt).orElse(null));
                })
                .toList();
    }

    private Optional<Edition> edition(int year) {
        var changedAt = jdbc.sql("select changed_at from framework_edition where fiscal_year = :y")
                .param("y", year)
                .query(Instant.class)
                .optional();
        if (changedAt.isEmpty()) {
            editions.remove(year);
            return Optional.empty();
        }
        var cached = editions.get(year);
        if (cached != null && cached.changedAt().equals(changedAt.get())) {
            return Optional.of(cached);
        }
        var row = jdbc.sql("select content::text as content, based_on, changed_at, changed_by from framework_edition"
                        + " where fiscal_year = :y")
                .param("y", year)
                .query((rs, n) -> new Edition(
                        rs.getTimestamp("changed_at").toInstant(),
                        withMeanings(
                                reader.read(
                                        "framework_edition " + year,
                                        rs.getString("content").getBytes(StandardCharsets.UTF_8)),
                                rs.getInt("based_on")),
                        rs.getInt("based_on"),
                        rs.getString("changed_by")))
                .single();
        editions.put(year, row);
        return Optional.of(row);
    }

    /**
     * An edition saved before items had meanings takes them from the shipped framework it was based on, item
     * by item, so that the evidence Prongsai makes keeps finding its items.
     */
    private Framework withMeanings(Framework edition, int basedOn) {
        var source = shipped.get(basedOn);
        if (source == null
                || edition.oitItems().stream().anyMatch(o -> !o.meanings().isEmpty())) {
            return edition;
        }
        return edition.withOitItems(edition.oitItems().stream()
                .map(o -> source.oitItem(o.id())
                        .map(s -> o.withMeanings(s.meanings()))
                        .orElse(o))
                .toList());
    }

    /** Stores a deployment's version of a year's framework, after checking it as a shipped file is checked. */
    void saveEdition(Framework framework, int basedOn, String changedBy) {
        var content = reader.write(framework);
        reader.read("framework_edition " + framework.fiscalYear(), content.getBytes(StandardCharsets.UTF_8));
        jdbc.sql(
                        """
                        insert into framework_edition (fiscal_year, content, based_on, changed_at, changed_by)
                        values (:y, cast(:content as jsonb), :basedOn, now(), :by)
                        on conflict (fiscal_year) do update set content = excluded.content,
                            changed_at = excluded.changed_at, changed_by = excluded.changed_by
                        """)
                .param("y", framework.fiscalYear())
                .param("content", content)
                .param("basedOn", basedOn)
                .param("by", changedBy)
                .update();
    }

    void deleteEdition(int year) {
        jdbc.sql("delete from framework_edition where fiscal_year = :y")
                .param("y", year)
                .update();
        editions.remove(year);
    }
}
