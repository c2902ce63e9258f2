package org.prongsai.news;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The news module's API. */
@Service
public class News {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<NewsItem> NEWS_ITEM_ROWS = new DataClassRowMapper<>(NewsItem.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    News(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NewsItem> latest(AgencyId agency, int limit) {
        return jdbc.sql(
                        """
                        select id, title, body, published_on, unit_id, created_by from news_item
                        where agency_id = :a order by published_on desc, created_at desc limit :limit
                        """)
                .param("a", agency.value())
                .param("limit", limit)
                .query(NEWS_ITEM_ROWS)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<NewsItem> find(AgencyId agency, UUID id) {
        return jdbc.sql(
                        "select id, title, body, published_on, unit_id, created_by from news_item where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .query(NEWS_ITEM_ROWS)
                .optional();
    }

    /** News published in a fiscal year: the evidence of OIT item O7. */
    @Transactional(readOnly = true)
    public long publishedIn(AgencyId agency, int fiscalYear) {
        var year = FiscalYear.of(fiscalYear);
        return jdbc.sql("select count(*) from news_item where agency_id = :a and published_on between :from and :to")
                .param("a", agency.value())
                .param("from", Date.valueOf(year.start()))
                .param("to", Date.valueOf(year.end()))
                .query(Long.class)
                .single();
    }

    @Transactional
    public UUID publish(AgencyId agency, NewsForm form) {
        // Published as it is saved: a later date would show on the site at once under a date still to come.
        if (form.publishedOn().isAfter(java.time.LocalDate.now(clock.withZone(ThaiFormat.BANGKOK)))) {
            throw new org.prongsai.shared.Refusal("publishedOn", "news.date.future");
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into news_item (agency_id, id, title, body, published_on, unit_id, created_by)
                        values (:a, :id, :title, :body, :on, :unit, :by)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("title", form.title().strip())
                .param("body", form.body().strip())
                .param("on", Date.valueOf(form.publishedOn()))
                .param("unit", form.unitId())
                .param(
                        "by",
                        StaffIdentity.current().map(StaffIdentity::displayName).orElse("system"))
                .update();
        audit.record(
                agency,
                "create",
                "news_item",
                id,
                null,
                Map.of("title", form.title().strip()));
        events.publishEvent(new NewsPublished(agency, id));
        return id;
    }

    @Transactional
    public void remove(AgencyId agency, UUID id) {
        if (jdbc.sql("delete from news_item where agency_id = :a and id = :id")
                        .param("a", agency.value())
                        .param("id", id)
                        .update()
                > 0) {
            audit.record(agency, "delete", "news_item", id, Map.of("id", id.toString()), null);
            events.publishEvent(new NewsRemoved(agency, id));
        }
    }
}
