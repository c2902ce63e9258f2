package org.prongsai.news;

import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.SearchDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For search: every news item, under the fiscal year it was published in. */
@Component
class NewsSearch implements SearchDocument.Source {

    private final JdbcClient jdbc;

    NewsSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        return jdbc.sql("select id, title, body, published_on, created_at from news_item where agency_id = :a")
                .param("a", agency.value())
                .query((rs, n) -> new SearchDocument(
                        "news",
                        rs.getString("id"),
                        null,
                        FiscalYear.containing(rs.getDate("published_on").toLocalDate())
                                .buddhistYear(),
                        rs.getString("title"),
                        rs.getString("body"),
                        "/news/" + rs.getString("id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
