package org.prongsai.search;

import java.util.ArrayList;
import org.prongsai.shared.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Misspellings put right against the phrases of the agency's own titles ({@code search_phrase}). */
@Component
class Corrections {

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What was typed with each misspelt part replaced by the nearest phrase of the agency's titles (ณ typed as น:
     * งบประมาน, งบประมาณ), or null when every part is spelt as some title has it, or none is near enough.
     */
    String of(AgencyId agency, SearchQuery query) {
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
}
