package org.prongsai.disclosure;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.framework.OitItem;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;
import org.prongsai.shared.SearchDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For search: every year's OIT items (by code, name and the elements they require, so that "โครงสร้าง" finds
 * the structure item even on a new agency's site) and the evidence staff published under them, file contents
 * included (the words kept when the file was uploaded).
 */
@Component
class OitSearch implements SearchDocument.Source {

    private static final String EVIDENCE = "evidence";

    private final FrameworkCatalog frameworks;
    private final JdbcClient jdbc;

    OitSearch(FrameworkCatalog frameworks, JdbcClient jdbc) {
        this.frameworks = frameworks;
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        var out = new ArrayList<SearchDocument>();
        for (var framework : frameworks.all()) {
            for (var item : framework.oitItems()) {
                out.add(new SearchDocument(
                        "oit",
                        framework.fiscalYear() + "/" + item.id(),
                        item.id(),
                        framework.fiscalYear(),
                        item.id() + " " + (item.nameKnown() ? item.name().th() : ""),
                        describe(item),
                        "/oit/" + framework.fiscalYear() + "/" + item.id(),
                        null));
            }
        }
        out.addAll(evidence(agency, null));
        return out;
    }

    @Override
    public Set<SearchDocument.Ref> changedBy(PublicContentChanged event) {
        if (event instanceof EvidencePublished p && p.evidenceId() != null) {
            return Set.of(new SearchDocument.Ref(EVIDENCE, p.evidenceId().toString()));
        }
        if (event instanceof EvidenceRemoved r) {
            return Set.of(new SearchDocument.Ref(EVIDENCE, r.evidenceId().toString()));
        }
        return Set.of();
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency, Set<SearchDocument.Ref> refs) {
        return evidence(agency, SearchDocument.keys(refs));
    }

    /** The evidence published, all of it or these ids. */
    private List<SearchDocument> evidence(AgencyId agency, String @Nullable [] ids) {
        return jdbc.sql(
                        """
                        select id, fiscal_year, item_id, title, coalesce(body, '') as body, file_name,
                               array_to_string(tsvector_to_array(search_words), ' ') as file_words,
                               published_at
                        from disclosure_evidence where agency_id = :a
                        """
                                + (ids == null ? "" : " and id = any(cast(:ids as uuid[]))"))
                .param("a", agency.value())
                .param("ids", ids == null ? new String[0] : ids)
                .query((rs, n) -> new SearchDocument(
                        EVIDENCE,
                        rs.getString("id"),
                        rs.getString("item_id"),
                        rs.getInt("fiscal_year"),
                        rs.getString("title"),
                        String.join(
                                " ",
                                Stream.of(rs.getString("body"), rs.getString("file_name"), rs.getString("file_words"))
                                        .filter(Objects::nonNull)
                                        .toList()),
                        "/oit/" + rs.getInt("fiscal_year") + "/" + rs.getString("item_id"),
                        instant(rs.getTimestamp("published_at"))))
                .list();
    }

    /** The item's English name, what it must contain and the NACC's advice: what people describe it by. */
    private static String describe(OitItem item) {
        return Stream.concat(Stream.of(item.name(), item.recommendation()), item.requiredElements().stream())
                .filter(Objects::nonNull)
                .flatMap(t -> Stream.of(t.th(), t.en()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static java.time.Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
