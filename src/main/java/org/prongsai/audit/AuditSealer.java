package org.prongsai.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals what was written to the audit trail, every second: records are written unsealed, so that audited
 * changes do not wait for one another, and take their place in their agency's chain here.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditTrail trail;

    AuditSealer(AuditTrail trail) {
        this.trail = trail;
    }

    @Scheduled(fixedDelayString = "${prongsai.audit.seal-every:1s}")
    void sealAll() {
        try {
            for (var agency : trail.unsealed()) {
                trail.seal(agency);
            }
        } catch (RuntimeException e) {
            // The database away for a moment: the records wait, sealed at the next round.
            log.warn("Audit records not sealed this round: {}", e.toString());
        }
    }
}
