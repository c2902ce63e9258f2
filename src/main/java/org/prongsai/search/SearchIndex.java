package org.prongsai.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SearchDocument;
import org.springframework.beans.factory.annotation.Value;
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
    private final TransactionTemplate transaction;
    private final List<SearchDocument.Source> sources;
    private final IndexWriter writer;
    private final Corrections corrections;
    // Results found, kept until the agency's index changes, on whichever instance it changed: people search for
    // the same few things, and a search that reads a common word's rows costs milliseconds of both cores. Null
    // when off.
    private final Cache<Asked, Results> found;

    SearchIndex(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            List<SearchDocument.Source> sources,
            IndexWriter writer,
            Corrections corrections,
            @Value("${prongsai.search.cache-size:2000}") int cacheSize) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sources = sources;
        this.writer = writer;
        this.corrections = corrections;
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

    /**
     * Indexes the agency's public documents anew, from every module; a search meanwhile finds the old entries or
     * the new, never none.
     *
     * @return how many documents are indexed
     */
    public int rebuild(AgencyId agency) {
        return writer.rebuild(agency, sources);
    }

    /** Indexes anew only the documents named, as their sources read them now. */
    public void update(AgencyId agency, Map<SearchDocument.Source, Set<SearchDocument.Ref>> changed) {
        writer.update(agency, changed);
    }

    /** The sources, for the indexer to ask which documents an event changed. */
    List<SearchDocument.Source> sources() {
        return sources;
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
            corrected = corrections.of(agency, query);
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
                        Snippets.around(rs.getString("body"), marks)))
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
}
