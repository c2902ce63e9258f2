package org.prongsai.complaint;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each agency sets for its channel: the days it gives itself to acknowledge a new report. */
@Service
public class ComplaintSettings {

    static final int FEWEST_DAYS = 1;
    static final int MOST_DAYS = 90;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final int defaultDays;

    ComplaintSettings(
            JdbcClient jdbc, AuditTrail audit, @Value("${prongsai.complaints.acknowledge-days:15}") int defaultDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.defaultDays = defaultDays;
    }

    /** The agency's own days, or the deployment's default. */
    public int acknowledgeDays(AgencyId agency) {
        return jdbc.sql("select acknowledge_days from complaint_setting where agency_id = :a")
                .param("a", agency.value())
                .query(Integer.class)
                .optional()
                .orElse(defaultDays);
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** Cases received from now on get the new deadline; cases already received keep theirs. */
    @Transactional
    public void setAcknowledgeDays(AgencyId agency, @Nullable Integer days) {
        if (days == null || days < FEWEST_DAYS || days > MOST_DAYS) {
            throw new Refusal("acknowledgeDays", "complaint.settings.days-range", FEWEST_DAYS, MOST_DAYS);
        }
        int before = acknowledgeDays(agency);
        jdbc.sql(
                        """
                        insert into complaint_setting (agency_id, acknowledge_days) values (:a, :days)
                        on conflict (agency_id) do update set acknowledge_days = excluded.acknowledge_days
                        """)
                .param("a", agency.value())
                .param("days", days)
                .update();
        audit.record(
                agency,
                "update",
                "complaint_setting",
                agency.value(),
                Map.of("acknowledgeDays", before),
                Map.of("acknowledgeDays", days));
    }
}
