package org.prongsai.participation;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.StaffIdentity;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participation module's API: questions from the public and their public answers. */
@Service
public class Participation {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<Question> QUESTION_ROWS = new DataClassRowMapper<>(Question.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Participation(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Takes a question; it is shown once answered. Returns false for what a bot sent (silently dropped). */
    @Transactional
    public boolean ask(AgencyId agency, QuestionForm form) {
        if (form.website() != null && !form.website().isBlank()) {
            return false;
        }
        jdbc.sql(
                        """
                        insert into participation_question (agency_id, id, asker_name, question)
                        values (:a, :id, :name, :question)
                        """)
                .param("a", agency.value())
                .param("id", UUID.randomUUID())
                .param(
                        "name",
                        form.name() == null || form.name().isBlank()
                                ? null
                                : form.name().strip())
                .param("question", form.question().strip())
                .update();
        return true;
    }

    @Transactional
    public void answer(AgencyId agency, UUID id, String answer) {
        if (answer == null || answer.isBlank() || answer.length() > 5000) {
            throw new IllegalArgumentException("participation.answer.required");
        }
        var by = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        int changed = jdbc.sql(
                        """
                        update participation_question set answer = :answer, answered_at = now(), answered_by = :by
                        where agency_id = :a and id = :id
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("answer", answer.strip())
                .param("by", by)
                .update();
        if (changed > 0) {
            audit.record(agency, "answer", "participation_question", id, null, Map.of("answer", answer.strip()));
            events.publishEvent(new QuestionAnswered(agency, id));
        }
    }

    @Transactional(readOnly = true)
    public List<Question> answered(AgencyId agency) {
        return list(agency, "answer is not null", "answered_at desc");
    }

    /** Staff see every question, the ones waiting for an answer first. */
    @Transactional(readOnly = true)
    public List<Question> all(AgencyId agency) {
        return list(agency, "true", "answer is not null, asked_at");
    }

    /** How many questions of a fiscal year were answered in public: the evidence of OIT item O8. */
    @Transactional(readOnly = true)
    public long answeredIn(AgencyId agency, int fiscalYear) {
        var year = FiscalYear.of(fiscalYear);
        return jdbc.sql(
                        """
                        select count(*) from participation_question
                        where agency_id = :a and answered_at >= :from and answered_at < :to
                        """)
                .param("a", agency.value())
                .param(
                        "from",
                        Timestamp.from(
                                year.start().atStartOfDay(ThaiFormat.BANGKOK).toInstant()))
                .param(
                        "to",
                        Timestamp.from(year.end()
                                .plusDays(1)
                                .atStartOfDay(ThaiFormat.BANGKOK)
                                .toInstant()))
                .query(Long.class)
                .single();
    }

    /** Questions asked and answered in one month (Bangkok time), and how long answers took on average. */
    public record MonthlyCount(YearMonth month, long asked, long answered, Double averageDaysToAnswer) {}

    /** The Q&A's statistics by month, oldest first: public open data. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> statistics(AgencyId agency) {
        return jdbc.sql(
                        """
                        select to_char(asked_at at time zone 'Asia/Bangkok', 'YYYY-MM') as month, count(*) as asked,
                               count(answered_at) as answered,
                               avg(extract(epoch from answered_at - asked_at) / 86400.0) as days
                        from participation_question where agency_id = :a
                        group by 1 order by 1
                        """)
                .param("a", agency.value())
                .query((rs, n) -> new MonthlyCount(
                        YearMonth.parse(rs.getString("month")),
                        rs.getLong("asked"),
                        rs.getLong("answered"),
                        rs.getObject("days") == null ? null : rs.getDouble("days")))
                .list();
    }

    private List<Question> list(AgencyId agency, String where, String order) {
        return jdbc.sql("select id, asked_at, asker_name, question, answer, answered_at, answered_by"
                        + " from participation_question where agency_id = :a and " + where + " order by " + order
                        + " limit 200")
                .param("a", agency.value())
                .query(QUESTION_ROWS)
                .list();
    }
}
