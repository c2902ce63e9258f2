package org.prongsai.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SearchDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public site's search: every module's public documents for an agency, kept in one table and found by
 * their words, misspellings included (trigram similarity), or by an OIT item's code.
 */
@Service
public class SearchIndex {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final List<SearchDocument.Source> sources;
    // Results found, kept until the agency's index changes, on whichever instance it changed: people search for
    // the same few things, and a search that reads a common word's rows costs milliseconds of both cores. Null
    // when off.
    private final Cache<Asked, Results> found;

    SearchIndex(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transaction,
            List<SearchDocument.Source> sources,
            @Value("${prongsai.search.cache-size:2000}") int cacheSize) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.sources = sources;
        this.found = cacheSize <= 0
                ? null
                : Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** A search as asked: the agency's index generation, what was typed (as read), the kind and the page. */
    private record Asked(UUID agency, long generation, String text, String kind, int page) {}

    /** The agency's index generation, as the database has it (one row read by its key). */
    private long generation(AgencyId agency) {
        return jdbc.sql("select generation from search_state where agency_id = :a")
                .param("a", agency.value())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The agency's index changes (in the changing transaction): results found before are no longer given. */
    private void changed(AgencyId agency) {
        jdbc.sql(
                        """
                        insert into search_state (agency_id, generation) values (:a, 1)
                        on conflict (agency_id) do update set generation = search_state.generation + 1
                        """)
                .param("a", agency.value())
                .update();
    }

    /**
     * Indexes the agency's public documents anew, from every module: read first, then swapped in one
     * transaction, so that a search during the rebuild finds the old entries or the new, never none.
     *
     * @return how many documents are indexed
     */
    public int rebuild(AgencyId agency) {
        var documents = new LinkedHashMap<String, SearchDocument>();
        for (var source : sources) {
            for (var d : source.documents(agency)) {
                documents.putIfAbsent(d.kind() + "\u0000" + d.key(), d);
            }
        }
        var rows = rows(agency, documents.values());
        var phrases = phrases(agency, documents.values());
        transaction.executeWithoutResult(status -> {
            lock(agency);
            jdbc.sql("delete from search_entry where agency_id = :a")
                    .param("a", agency.value())
                    .update();
            jdbc.sql("delete from search_phrase where agency_id = :a")
                    .param("a", agency.value())
                    .update();
            insert(rows);
            insertPhrases(phrases);
            changed(agency);
        });
        return rows.size();
    }

    /**
     * Indexes anew only the documents named, as their sources read them now: one news item published among ten
     * thousand costs one row, not the agency's every document.
     */
    public void update(AgencyId agency, Map<SearchDocument.Source, Set<SearchDocument.Ref>> changed) {
        var documents = new ArrayList<SearchDocument>();
        var refs = new ArrayList<Object[]>();
        changed.forEach((source, named) -> {
            documents.addAll(source.documents(agency, named));
            named.forEach(r -> refs.add(new Object[] {agency.value(), r.kind(), truncate(r.key(), 200)}));
        });
        var rows = rows(agency, documents);
        var phrases = phrases(agency, documents);
        transaction.executeWithoutResult(status -> {
            lock(agency);
            template.batchUpdate("delete from search_entry where agency_id = ? and kind = ? and key = ?", refs);
            insert(rows);
            // A removed document's phrases stay until the next rebuild: a correction that finds nothing is
            // simply not offered.
            insertPhrases(phrases);
            changed(agency);
        });
    }

    /** The sources, for the indexer to ask which documents an event changed. */
    List<SearchDocument.Source> sources() {
        return sources;
    }

    // One change of an agency's entries at a time (the indexer's, the administrator's): two rebuilds at once would
    // each delete before the other's rows are visible and then insert the same keys.
    private void lock(AgencyId agency) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(:a as text), 7301))")
                .param("a", agency.value())
                .query((rs, n) -> 1)
                .list();
    }

    private static List<Object[]> rows(AgencyId agency, Collection<SearchDocument> documents) {
        return documents.stream()
                .map(d -> new Object[] {
                    agency.value(),
                    d.kind(),
                    truncate(d.key(), 200),
                    d.code(),
                    d.year(),
                    d.title() == null ? "" : d.title(),
                    d.body() == null ? "" : d.body(),
                    truncate(d.url(), 500),
                    d.updatedAt() == null ? null : Timestamp.from(d.updatedAt()),
                    SearchQuery.lexemes(d.code(), d.title(), d.body()),
                    SearchQuery.lexemes(d.code(), d.title())
                })
                .toList();
    }

    private static List<Object[]> phrases(AgencyId agency, Collection<SearchDocument> documents) {
        var phrases = new java.util.LinkedHashSet<String>();
        documents.forEach(d -> phrases.addAll(SearchQuery.phrases(d.title())));
        return phrases.stream().map(p -> new Object[] {agency.value(), p}).toList();
    }

    private void insertPhrases(List<Object[]> phrases) {
        template.batchUpdate(
                "insert into search_phrase (agency_id, phrase) values (?, ?) on conflict do nothing", phrases);
    }

    private void insert(List<Object[]> rows) {
        template.batchUpdate(
                """
                insert into search_entry
                    (agency_id, kind, key, code, year, title, body, url, updated_at, lexemes, title_lexemes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, array_to_tsvector(cast(? as text[])),
                        array_to_tsvector(cast(? as text[])))
                """,
                rows);
    }

    /**
     * When each public page of the agency last changed, as far as its documents tell (a news item, an item's
     * evidence, an answer): for the sitemap's {@code lastmod}. Pages no dated document shows are absent.
     */
    public Map<String, Instant> lastChanged(AgencyId agency) {
        var changed = new LinkedHashMap<String, Instant>();
        jdbc.sql(
                        """
                        select url, max(updated_at) as at from search_entry
                        where agency_id = :a and updated_at is not null group by url order by url
                        """)
                .param("a", agency.value())
                .query(rs -> {
                    changed.put(rs.getString("url"), rs.getTimestamp("at").toInstant());
                });
        return changed;
    }

    /** Whether the agency has anything indexed yet (a new deployment, or an agency opened before search). */
    public boolean isEmpty(AgencyId agency) {
        return jdbc.sql("select not exists (select 1 from search_entry where agency_id = :a)")
                .param("a", agency.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * One page of what was found, most relevant first, with how many of each kind were found; {@code corrected}
     * is what was searched for instead when what was typed, misspelt, found nothing.
     */
    public record Results(
            SearchQuery query,
            String corrected,
            String kind,
            Map<String, Long> counts,
            List<Hit> hits,
            int page,
            int pages) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** More were found than were counted. */
        public boolean many() {
            return total() > COUNTED;
        }
    }

    /** A document found, with the part of its text where the words are, cut into plain and marked pieces. */
    public record Hit(String kind, Integer year, String code, String title, String url, List<Piece> snippet) {}

    public record Piece(String text, boolean marked) {}

    public Results search(AgencyId agency, String typed, String kind, int page) {
        var query = SearchQuery.of(typed);
        if (query.isEmpty()) {
            return new Results(query, null, kind, Map.of(), List.of(), 0, 0);
        }
        if (found == null) {
            return transaction.execute(status -> find(agency, query, kind, page));
        }
        // Read first, and the search in a transaction of its own: results found while the index changes are kept
        // under the older generation, which the next search no longer asks for.
        return found.get(
                new Asked(agency.value(), generation(agency), query.text(), kind, page),
                asked -> transaction.execute(status -> find(agency, query, kind, page)));
    }

    private Results find(AgencyId agency, SearchQuery query, String kind, int page) {
        var params = new LinkedHashMap<String, Object>();
        params.put("a", agency.value());
        if (query.code() != null) {
            // An item's code finds that item in every year and the evidence filed under it.
            params.put("code", query.code());
            var where = "agency_id = :a and code = :code";
            var counts = counts(where, params);
            var paging = Paging.of(counts, kind, page);
            var hits =
                    hits(where, "year desc nulls last, kind, title", params, paging, paging.from(), PAGE_SIZE, query);
            return new Results(query, null, paging.kind(), counts, hits, paging.page(), paging.pages());
        }
        // The query's words among the text's (both split by ICU); then each word as the start of a longer one (ICU
        // keeps some compounds whole that a query splits); then, when nothing has them, the nearest spelling.
        var searched = query;
        String corrected = null;
        var counts = counts(query, false, params);
        if (counts.isEmpty()) {
            counts = counts(query, true, params);
        }
        if (counts.isEmpty()) {
            corrected = corrected(agency, query);
            if (corrected != null) {
                searched = SearchQuery.of(corrected);
                counts = counts(searched, false, params);
            }
            if (counts.isEmpty()) {
                corrected = null;
            }
        }
        var paging = Paging.of(counts, kind, page);
        if (counts.isEmpty()) {
            return new Results(query, null, paging.kind(), counts, List.of(), paging.page(), paging.pages());
        }
        return new Results(
                query,
                corrected,
                paging.kind(),
                counts,
                wordHits(searched, params, paging),
                paging.page(),
                paging.pages());
    }

    /** Counts what has the query's words, as whole words or as the starts of longer ones; the tsquery is kept. */
    private Map<String, Long> counts(SearchQuery query, boolean prefixes, Map<String, Object> params) {
        var tsquery = query.tsquery(query.words(), prefixes);
        if (tsquery.isEmpty()) {
            return new LinkedHashMap<>();
        }
        params.put("q", tsquery);
        return counts(WORDS, params);
    }

    private static final String WORDS = "agency_id = :a and lexemes @@ cast(:q as tsquery)";
    private static final String IN_TITLE = "title_lexemes @@ cast(:q as tsquery)";
    private static final String NEWEST = "updated_at desc nulls last, year desc nulls last, title";

    /**
     * A page of documents with the words, those with them in the title first, each part newest first. Two
     * queries rather than one sorted by "in the title": each reads the rows in the index's order and stops at the
     * page, where one sort had to read every row with a common word (2,700 of 10,000 for งบประมาณ).
     */
    private List<Hit> wordHits(SearchQuery query, Map<String, Object> params, Paging paging) {
        var hits = new ArrayList<>(
                hits(WORDS + " and " + IN_TITLE, NEWEST, params, paging, paging.from(), PAGE_SIZE, query));
        if (hits.size() == PAGE_SIZE) {
            return hits;
        }
        // How many came before this page with the words in their title: known from this page unless it had none.
        long titled = !hits.isEmpty() || paging.from() == 0
                ? paging.from() + hits.size()
                : count(WORDS + " and " + IN_TITLE, paging.kind(), params);
        hits.addAll(hits(
                WORDS + " and not " + IN_TITLE,
                NEWEST,
                params,
                paging,
                Math.max(0, paging.from() - titled),
                PAGE_SIZE - hits.size(),
                query));
        return hits;
    }

    private List<Hit> hits(
            String where,
            String order,
            Map<String, Object> params,
            Paging paging,
            long offset,
            int limit,
            SearchQuery query) {
        var marks = query.marks();
        return jdbc.sql("select kind, year, code, title, body, url from search_entry where " + where
                        + " and (cast(:kind as text) is null or kind = :kind) order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("kind", paging.kind())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Hit(
                        rs.getString("kind"),
                        (Integer) rs.getObject("year"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("url"),
                        snippet(rs.getString("body"), marks)))
                .list();
    }

    private long count(String where, String kind, Map<String, Object> params) {
        return jdbc.sql("select count(*) from search_entry where " + where
                        + " and (cast(:kind as text) is null or kind = :kind)")
                .params(params)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    /** The page asked for, within the pages there are, and the kind shown (null: all). */
    private record Paging(String kind, int page, int pages) {
        static Paging of(Map<String, Long> counts, String kind, int page) {
            var of = kind != null && counts.containsKey(kind) ? kind : null;
            long shown = of == null
                    ? counts.values().stream().mapToLong(Long::longValue).sum()
                    : counts.get(of);
            int pages = (int) Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE);
            return new Paging(of, Math.max(0, Math.min(page, pages - 1)), pages);
        }

        long from() {
            return (long) page * PAGE_SIZE;
        }
    }

    /**
     * What was typed with each misspelt part replaced by the nearest phrase of the agency's titles (ณ typed as น:
     * งบประมาน, งบประมาณ), or null when every part is spelt as some title has it, or none is near enough.
     */
    private String corrected(AgencyId agency, SearchQuery query) {
        // Half the trigrams in common: a misspelt letter in a Thai compound keeps about 0.6 of them, while an
        // unrelated word of similar length keeps well under 0.3.
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.5', true)")
                .query((rs, n) -> 1)
                .list();
        var parts = new ArrayList<String>();
        boolean changed = false;
        for (var token : query.tokens()) {
            var typed = SearchQuery.clean(token);
            var nearest = typed.length() < SearchQuery.PHRASE_MIN
                    ? java.util.Optional.<String>empty()
                    : jdbc.sql(
                                    """
                                    select phrase from search_phrase where agency_id = :a and phrase % :t
                                    order by similarity(phrase, :t) desc, abs(length(phrase) - length(:t)), phrase
                                    limit 1
                                    """)
                            .param("a", agency.value())
                            .param("t", typed)
                            .query(String.class)
                            .optional();
            changed |= nearest.isPresent() && !nearest.get().equals(typed);
            parts.add(nearest.orElse(token));
        }
        return changed ? String.join(" ", parts) : null;
    }

    /** Counted up to this many: a word found everywhere is not worth counting to the last one. */
    public static final int COUNTED = 1_000;

    private Map<String, Long> counts(String where, Map<String, Object> params) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("select kind, count(*) as n from (select kind from search_entry where " + where + " limit "
                        + (COUNTED + 1) + ") found group by kind order by 2 desc")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("kind"), rs.getLong("n"));
                });
        return counts;
    }

    /** Up to about 200 characters of the text around the first word found, each found word marked. */
    static List<Piece> snippet(String body, List<String> words) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        var text = body.replaceAll("\\s+", " ").strip();
        var lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (var w : words) {
            int i = lower.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - 60);
        int to = Math.min(text.length(), from + 200);
        var window = text.substring(from, to);
        var windowLower = lower.substring(from, to);
        var pieces = new ArrayList<Piece>();
        if (from > 0) {
            pieces.add(new Piece("… ", false));
        }
        int at = 0;
        while (at < window.length()) {
            int next = -1;
            String word = null;
            for (var w : words) {
                int i = w.isEmpty() ? -1 : windowLower.indexOf(w, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    word = w;
                }
            }
            if (next < 0) {
                pieces.add(new Piece(window.substring(at), false));
                break;
            }
            if (next > at) {
                pieces.add(new Piece(window.substring(at, next), false));
            }
            pieces.add(new Piece(window.substring(next, next + word.length()), true));
            at = next + word.length();
        }
        if (to < text.length()) {
            pieces.add(new Piece(" …", false));
        }
        return pieces;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
