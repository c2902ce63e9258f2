package org.prongsai.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SearchDocument;
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

    SearchIndex(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transaction,
            List<SearchDocument.Source> sources) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.sources = sources;
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
        transaction.executeWithoutResult(status -> {
            lock(agency);
            jdbc.sql("delete from search_entry where agency_id = :a")
                    .param("a", agency.value())
                    .update();
            insert(rows);
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
        transaction.executeWithoutResult(status -> {
            lock(agency);
            template.batchUpdate("delete from search_entry where agency_id = ? and kind = ? and key = ?", refs);
            insert(rows);
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

    /** One page of what was found, most relevant first, with how many of each kind were found. */
    public record Results(
            SearchQuery query, String kind, Map<String, Long> counts, List<Hit> hits, int page, int pages) {
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
            return new Results(query, kind, Map.of(), List.of(), 0, 0);
        }
        // In one transaction: a misspelling's looser threshold is set for it alone.
        return transaction.execute(status -> find(agency, query, kind, page));
    }

    private Results find(AgencyId agency, SearchQuery query, String kind, int page) {
        // The query's words among the text's (both split by ICU), then, when none has them all, a misspelling.
        // An item's code finds that item in every year and the evidence filed under it.
        var params = new LinkedHashMap<String, Object>();
        params.put("a", agency.value());
        params.put("code", query.code());
        String where;
        String order;
        Map<String, Long> counts;
        if (query.code() != null) {
            where = "agency_id = :a and code = :code";
            order = "year desc nulls last, kind, title";
            counts = counts(where, params);
        } else {
            // The query split as the text was: whole words first, which the index answers fastest; then each word
            // as the start of a longer one (ICU keeps some compounds whole that a query splits).
            params.put("q", query.tsquery(query.words(), false));
            where = "agency_id = :a and lexemes @@ cast(:q as tsquery)";
            order = "(title_lexemes @@ cast(:q as tsquery)) desc, updated_at desc nulls last, year desc nulls last,"
                    + " title";
            counts = query.tsquery(query.words(), false).isEmpty() ? new LinkedHashMap<>() : counts(where, params);
            if (counts.isEmpty() && !query.tsquery(query.words(), false).isEmpty()) {
                params.put("q", query.tsquery(query.words(), true));
                counts = counts(where, params);
            }
            if (counts.isEmpty() && query.joined().length() > 3) {
                // A misspelt Thai word shares about half its trigrams with the right one inside a longer run of
                // text (งบประมาน in …จ่ายงบประมาณประจำ…: 0.56), under pg_trgm's default of 0.6. Titles only: they
                // name what people look for (the items' names), and a whole text shares some trigrams with
                // almost any Thai word, which made this take a second over 10,000 documents.
                jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.5', true)")
                        .query((rs, n) -> 1)
                        .list();
                params.put("typed", query.joined());
                where = "agency_id = :a and :typed <% lower(title)";
                order = "word_similarity(:typed, lower(title)) desc, updated_at desc nulls last, title";
                counts = counts(where, params);
            }
        }
        long shown = kind == null || !counts.containsKey(kind)
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(kind);
        int pages = (int) Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.max(0, Math.min(page, pages - 1));
        var of = kind != null && counts.containsKey(kind) ? kind : null;
        params.put("kind", of);
        params.put("limit", PAGE_SIZE);
        params.put("offset", at * PAGE_SIZE);
        var hits = jdbc.sql("select kind, year, code, title, body, url from search_entry where " + where
                        + " and (cast(:kind as text) is null or kind = :kind) order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Hit(
                        rs.getString("kind"),
                        (Integer) rs.getObject("year"),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("url"),
                        snippet(rs.getString("body"), query.marks())))
                .list();
        return new Results(query, of, counts, hits, at, pages);
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

    private static String like(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
