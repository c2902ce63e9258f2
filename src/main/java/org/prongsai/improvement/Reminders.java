package org.prongsai.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.StaffAccount;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.mail.Outbox;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ThaiFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the people of a measure's unit a few days before an occurrence is due, and once when it is late.
 * Each reminder is sent once; without SMTP settings nothing is sent.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final AccountManagement accounts;
    private final MeasureTracking tracking;
    private final TransactionTemplate transactions;
    private final int daysBefore;

    private final Clock clock;

    Reminders(
            Clock clock,
            Outbox outbox,
            JdbcClient jdbc,
            AgencyManagement agencies,
            AccountManagement accounts,
            MeasureTracking tracking,
            TransactionTemplate transactions,
            @Value("${prongsai.reminders.days-before:3}") int daysBefore) {
        this.clock = clock;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.accounts = accounts;
        this.tracking = tracking;
        this.transactions = transactions;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${prongsai.reminders.cron:0 0 7 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "improvement-reminders", lockAtMostFor = "PT30M")
    void sendDaily() {
        send(LocalDate.now(clock));
    }

    /** Queues what is due on the given day (sent once queued); returns how many e-mails were queued. */
    int send(LocalDate today) {
        if (!outbox.sends()) {
            log.debug("No SMTP settings: reminders are not sent");
            return 0;
        }
        int sent = 0;
        for (var agency : agencies.all()) {
            var id = agency.agencyId();
            var staff = accounts.accounts(id);
            for (var occurrence : tracking.board(id, null, today)) {
                if (occurrence.dropped()
                        || occurrence.status() == Occurrence.Status.DONE
                        || occurrence.dueOn() == null) {
                    continue;
                }
                String kind = null;
                if (occurrence.lateOn(today)) {
                    kind = "LATE";
                } else if (!occurrence.dueOn().isAfter(today.plusDays(daysBefore))) {
                    kind = "DUE_SOON";
                }
                if (kind != null) {
                    sent += remind(id, occurrence, kind, recipients(staff, occurrence.unitId()));
                }
            }
        }
        return sent;
    }

    private int remind(AgencyId agency, Occurrence occurrence, String kind, String[] to) {
        if (to.length == 0) {
            return 0;
        }
        // Recorded and queued in one transaction: the e-mail leaves once this commits, and is tried again if the
        // SMTP server fails (mail.Outbox).
        Integer count = transactions.execute(status -> {
            int recorded = jdbc.sql(
                            """
                            insert into improvement_reminder (agency_id, occurrence_id, kind) values (:a, :o, :k)
                            on conflict do nothing
                            """)
                    .param("a", agency.value())
                    .param("o", occurrence.id())
                    .param("k", kind)
                    .update();
            if (recorded == 0) {
                return 0;
            }
            outbox.queue(
                    agency,
                    java.util.List.of(to),
                    kind.equals("LATE") ? "measure-late" : "measure-due",
                    java.util.Map.of(
                            "measure", occurrence.measure(),
                            "unit", occurrence.unit(),
                            "dueThai", ThaiFormat.officialDateInText(occurrence.dueOn()),
                            "due", occurrence.dueOn()));
            return 1;
        });
        return count == null ? 0 : count;
    }

    private static String[] recipients(java.util.List<StaffAccount> staff, UUID unitId) {
        return staff.stream()
                .filter(a -> a.enabled()
                        && unitId.equals(a.unitId())
                        && a.email() != null
                        && !a.email().isBlank())
                .map(StaffAccount::email)
                .toArray(String[]::new);
    }
}
