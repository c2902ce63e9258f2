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
                        where agency_id = :a and id = :id and hidden_at is null and answer is null
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("answer", answer.strip())
                .param("by", by)
                .update();
        if (changed == 0) {
            // Answered or hidden meanwhile (another officer, another tab, a page from the browser's history): the
            // published answer is never replaced unseen, and nobody is told it was saved.
            throw new IllegalArgumentException("participation.answer.taken");
        }
        audit.record(agency, "answer", "participation_question", id, null, Map.of("answer", answer.strip()));
        events.publishEvent(new QuestionAnswered(agency, id));
    }

    /** Staff hide a question that is spam or abuse; it stays stored, out of every list but the hidden one. */
    @Transactional
    public void hide(AgencyId agency, UUID id) {
        var by = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        int changed = jdbc.sql(
                        """
                        update participation_question set hidden_at = now(), hidden_by = :by
                        where agency_id = :a and id = :id and answer is null and hidden_at is null
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("by", by)
                .update();
        if (changed > 0) {
            audit.record(agency, "hide", "participation_question", id, Map.of("hidden", false), Map.of("hidden", true));
        }
    }

    /** The public list: answered questions, newest answers first (the latest 200). */
    @Transactional(readOnly = true)
    public List<Question> answered(AgencyId agency) {
        return list(agency, Show.ANSWERED, 0, 200).questions();
    }

    /** Staff see every question, the ones waiting for an answer first. */
    @Transactional(readOnly = true)
    public List<Question> all(AgencyId agency) {
        return list(agency, Show.ALL, 0, 200).questions();
    }

    /** Which questions staff look at. */
    public enum Show {
        WAITING("hidden_at is null and answer is null", "asked_at"),
        ANSWERED("hidden_at is null and answer is not null", "answered_at desc"),
        HIDDEN("hidden_at is not null", "hidden_at desc"),
        ALL("true", "answer is not null, asked_at");

        private final String where;
        private final String order;

        Show(String where, String order) {
            this.where = where;
            this.order = order;
        }
    }

    /** One page of a list, with how many there are in all and per list. */
    public record QuestionPage(
            List<Question> questions, Show show, int page, int pageSize, long total, Map<Show, Long> counts) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    /** How many questions wait for an answer (hidden ones do not). */
    @Transactional(readOnly = true)
    public long waitingCount(AgencyId agency) {
        return jdbc.sql("select count(*) from participation_question"
                        + " where agency_id = :a and hidden_at is null and answer is null")
                .param("a", agency.value())
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public QuestionPage list(AgencyId agency, Show show, int page, int pageSize) {
        var counts = new java.util.EnumMap<Show, Long>(Show.class);
        jdbc.sql(
                        """
                        select count(*) filter (where hidden_at is null and answer is null) as waiting,
                               count(*) filter (where hidden_at is null and answer is not null) as answered,
                               count(*) filter (where hidden_at is not null) as hidden,
                               count(*) as all_shown
                        from participation_question where agency_id = :a
                        """)
                .param("a", agency.value())
                .query(rs -> {
                    counts.put(Show.WAITING, rs.getLong("waiting"));
                    counts.put(Show.ANSWERED, rs.getLong("answered"));
                    counts.put(Show.HIDDEN, rs.getLong("hidden"));
                    counts.put(Show.ALL, rs.getLong("all_shown"));
                });
        int safePage = Math.max(0, page);
        // The conditions and orders are the enum's own constants, never the request's text.
        var questions = jdbc.sql("select id, asked_at, asker_name, question, answer, answered_at, answered_by,"
                        + " hidden_at from participation_question where agency_id = :a and " + show.where
                        + " order by " + show.order + ", id limit :limit offset :offset")
                .param("a", agency.value())
                .param("limit", pageSize)
                .param("offset", (long) safePage * pageSize)
                .query(QUESTION_ROWS)
                .list();
        return new QuestionPage(questions, show, safePage, pageSize, counts.get(show), counts);
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
                        from participation_question where agency_id = :a and hidden_at is null
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
}
