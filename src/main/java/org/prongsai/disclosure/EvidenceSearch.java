package org.prongsai.disclosure;

import java.util.List;
import java.util.stream.Collectors;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ThaiWords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published evidence found by its words (title, text, and the text read from its file). */
@Service
public class EvidenceSearch {

    private final JdbcClient jdbc;

    EvidenceSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .map(EvidenceSearch::clean)
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

    static String lexemes(List<String> words) {
        return words.stream()
                .map(EvidenceSearch::clean)
                .filter(w -> !w.isEmpty())
                .distinct()
                .map(w -> "\"" + w + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
