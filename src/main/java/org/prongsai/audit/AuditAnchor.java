package org.prongsai.audit;

import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes each agency's newest audit hash to the application log at start-up and every night. The log leaves
 * the database (a collector, a file elsewhere), so a history rewritten inside the database, even by its owner
 * with the hashes recomputed, no longer matches a head written down before.
 */
@Component
class AuditAnchor implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

    private final JdbcClient jdbc;
    private final AuditSealer sealer;

    AuditAnchor(JdbcClient jdbc, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    @Override
    public void run(ApplicationArguments args) {
        anchor();
    }

    @Scheduled(cron = "${prongsai.audit.anchor-cron:0 15 3 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "audit-anchor", lockAtMostFor = "PT30M")
    void anchor() {
        sealer.sealAll();
        jdbc.sql(
                        """
                        select distinct on (agency_id) agency_id, seq, hash from audit_event
                        where seq is not null order by agency_id, seq desc
                        """)
                .query((rs, n) -> {
                    log.info(
                            "Audit chain head: agency={} records={} hash={}",
                            rs.getObject("agency_id", UUID.class),
                            rs.getLong("seq"),
                            rs.getString("hash"));
                    return 1;
                })
                .list();
    }
}
