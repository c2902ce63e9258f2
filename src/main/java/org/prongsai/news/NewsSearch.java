package org.prongsai.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.PublicContentChanged;
import org.prongsai.shared.SearchDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For search: every news item, under the fiscal year it was published in. */
@Component
class NewsSearch implements SearchDocument.Source {

    private static final String KIND = "news";

    private final JdbcClient jdbc;

    NewsSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        return jdbc.sql("select id, title, body, published_on, created_at from news_item where agency_id = :a")
                .param("a", agency.value())
                .query(NewsSearch::document)
                .list();
    }

    @Override
    public Set<SearchDocument.Ref> changedBy(PublicContentChanged event) {
        if (event instanceof NewsPublished p) {
            return Set.of(new SearchDocument.Ref(KIND, p.newsId().toString()));
        }
        if (event instanceof NewsRemoved r) {
            return Set.of(new SearchDocument.Ref(KIND, r.newsId().toString()));
        }
        return Set.of();
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency, Set<SearchDocument.Ref> refs) {
        return jdbc.sql(
                        """
                        select id, title, body, published_on, created_at from news_item
                        where agency_id = :a and id = any(cast(:ids as uuid[]))
                        """)
                .param("a", agency.value())
                .param("ids", SearchDocument.keys(refs))
                .query(NewsSearch::document)
                .list();
    }

    private static SearchDocument document(ResultSet rs, int row) throws SQLException {
        return new SearchDocument(
                KIND,
                rs.getString("id"),
                null,
                FiscalYear.containing(rs.getDate("published_on").toLocalDate()).buddhistYear(),
                rs.getString("title"),
                rs.getString("body"),
                "/news/" + rs.getString("id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
