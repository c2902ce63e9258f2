package org.prongsai.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SearchDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the search index: an agency's entries and title phrases, replaced whole or by document, each change
 * moving the agency's index generation in the same transaction so that every instance's kept results give way.
 */
@Component
class IndexWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    IndexWriter(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
    }

    /**
     * Indexes the agency's public documents anew, from every module: read first, then swapped in one
     * transaction, so that a search during the rebuild finds the old entries or the new, never none.
     *
     * @return how many documents are indexed
     */
    int rebuild(AgencyId agency, List<SearchDocument.Source> sources) {
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
    void update(AgencyId agency, Map<SearchDocument.Source, Set<SearchDocument.Ref>> changed) {
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

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
