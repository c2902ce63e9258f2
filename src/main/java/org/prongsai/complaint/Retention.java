package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed cases are kept for a retention period per channel, then destroyed by dropping their data key: what
 * was reported, who reported it, the reasons and the messages can no longer be opened, from the database or
 * from any backup. The case's number, channel, status and dates stay, so the statistics do not change.
 * Investigators see the cases due within {@link #WARNING} beforehand. Running it twice, or on two instances at
 * once, destroys nothing twice.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** How long before destruction a case is listed as due. */
    static final int WARNING = 30;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Channel, Integer> years;

    Retention(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            @Value("${prongsai.complaints.retention-years.general:5}") int general,
            @Value("${prongsai.complaints.retention-years.corruption:10}") int corruption) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.years = Map.of(Channel.GENERAL, general, Channel.CORRUPTION, corruption);
    }

    public record Due(int number, Channel channel, LocalDate closedOn, LocalDate destroyOn) {}

    /** Closed cases whose content is destroyed within {@link #WARNING} days, soonest first. */
    @Transactional(readOnly = true)
    public List<Due> dueSoon(AgencyId agency) {
        var today = LocalDate.now(clock);
        return jdbc
                .sql(
                        """
                        select number, channel, status_changed_on from complaint_case
                        where agency_id = :a and data_key is not null and status in ('RESOLVED', 'DISMISSED')
                        order by status_changed_on
                        """)
                .param("a", agency.value())
                .query((rs, n) -> {
                    var channel = Channel.valueOf(rs.getString("channel"));
                    var closed = rs.getObject("status_changed_on", LocalDate.class);
                    return new Due(rs.getInt("number"), channel, closed, closed.plusYears(years.get(channel)));
                })
                .list()
                .stream()
                .filter(d -> !d.destroyOn().isAfter(today.plusDays(WARNING)))
                .toList();
    }

    /** Destroys the content of every closed case past its retention period; returns how many. */
    @Transactional
    public int destroyExpired(AgencyId agency) {
        var today = LocalDate.now(clock);
        int destroyed = 0;
        for (var channel : Channel.values()) {
            var numbers = jdbc.sql(
                            """
                            update complaint_case set data_key = null, content = null, identity = null,
                                destroyed_on = :today
                            where agency_id = :a and channel = :channel and data_key is not null
                              and status in ('RESOLVED', 'DISMISSED') and status_changed_on <= :closedBy
                            returning id, number
                            """)
                    .param("a", agency.value())
                    .param("channel", channel.name())
                    .param("today", today)
                    .param("closedBy", today.minusYears(years.get(channel)))
                    .query((rs, n) -> Map.entry(rs.getObject("id", java.util.UUID.class), rs.getInt("number")))
                    .list();
            for (var found : numbers) {
                // Sealed with the key just dropped: unreadable already; removed so that nothing lingers.
                jdbc.sql("update complaint_step set reason = null where agency_id = :a and case_id = :c")
                        .param("a", agency.value())
                        .param("c", found.getKey())
                        .update();
                jdbc.sql("delete from complaint_attachment where agency_id = :a and case_id = :c")
                        .param("a", agency.value())
                        .param("c", found.getKey())
                        .update();
                jdbc.sql("delete from complaint_message where agency_id = :a and case_id = :c")
                        .param("a", agency.value())
                        .param("c", found.getKey())
                        .update();
                jdbc.sql("delete from complaint_note where agency_id = :a and case_id = :c")
                        .param("a", agency.value())
                        .param("c", found.getKey())
                        .update();
                jdbc.sql(
                                "update complaint_identity_request set reason = '\\x'::bytea where agency_id = :a and case_id = :c")
                        .param("a", agency.value())
                        .param("c", found.getKey())
                        .update();
                audit.record(
                        agency, "destroy", "complaint_case", "#" + found.getValue(), null, Map.of("retention", true));
            }
            destroyed += numbers.size();
        }
        return destroyed;
    }

    /** Every night, each agency in its own transaction (called through the proxy, not from this class). */
    @org.springframework.stereotype.Component
    static class Nightly {

        private final Retention retention;
        private final AgencyManagement agencies;

        Nightly(Retention retention, AgencyManagement agencies) {
            this.retention = retention;
            this.agencies = agencies;
        }

        @Scheduled(cron = "${prongsai.complaints.retention-cron:0 45 2 * * *}", zone = "Asia/Bangkok")
        @SchedulerLock(name = "complaint-retention", lockAtMostFor = "PT1H")
        void destroyEveryAgencysExpired() {
            for (var agency : agencies.all()) {
                int destroyed = retention.destroyExpired(new AgencyId(agency.id()));
                if (destroyed > 0) {
                    log.info("Destroyed the content of {} complaint cases past their retention period", destroyed);
                }
            }
        }
    }
}
