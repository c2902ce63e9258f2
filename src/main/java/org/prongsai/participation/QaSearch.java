package org.prongsai.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.PublicContentChanged;
import org.prongsai.shared.SearchDocument;
import org.prongsai.shared.ThaiFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For search: the questions answered in public (never a hidden or unanswered one, nor who asked). */
@Component
class QaSearch implements SearchDocument.Source {

    private static final String KIND = "qa";

    private final JdbcClient jdbc;

    QaSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        return jdbc.sql(
                        """
                        select id, question, answer, answered_at from participation_question
                        where agency_id = :a and answer is not null and hidden_at is null
                        """)
                .param("a", agency.value())
                .query(QaSearch::document)
                .list();
    }

    @Override
    public Set<SearchDocument.Ref> changedBy(PublicContentChanged event) {
        return event instanceof QuestionAnswered a
                ? Set.of(new SearchDocument.Ref(KIND, a.questionId().toString()))
                : Set.of();
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency, Set<SearchDocument.Ref> refs) {
        return jdbc.sql(
                        """
                        select id, question, answer, answered_at from participation_question
                        where agency_id = :a and id = any(cast(:ids as uuid[]))
                          and answer is not null and hidden_at is null
                        """)
                .param("a", agency.value())
                .param("ids", SearchDocument.keys(refs))
                .query(QaSearch::document)
                .list();
    }

    private static SearchDocument document(ResultSet rs, int row) throws SQLException {
        var question = rs.getString("question");
        var answered = rs.getTimestamp("answered_at").toInstant();
        return new SearchDocument(
                KIND,
                rs.getString("id"),
                null,
                FiscalYear.containing(answered.atZone(ThaiFormat.BANGKOK).toLocalDate())
                        .buddhistYear(),
                question.length() > 120 ? question.substring(0, 120) + "…" : question,
                question + " " + rs.getString("answer"),
                "/qa",
                answered);
    }
}
