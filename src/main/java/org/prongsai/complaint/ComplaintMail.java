package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.prongsai.account.StaffAccount;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.mail.Outbox;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ThaiFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the agency's investigators by e-mail that a report arrived, and once when a report is past its day to
 * be acknowledged. An e-mail says only "new report #K" or "report #K is late": never its channel, what it says or
 * who sent it. The first is queued after the report commits, from the event registry; both leave through the
 * outbox (mail.Outbox), which tries again when the SMTP server fails. Without SMTP settings nothing is sent.
 */
@Component
class ComplaintMail {

    private static final Logger log = LoggerFactory.getLogger(ComplaintMail.class);

    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final CaseAssignment assignment;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ComplaintMail(
            Outbox outbox,
            JdbcClient jdbc,
            AgencyManagement agencies,
            CaseAssignment assignment,
            TransactionTemplate transactions,
            Clock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.assignment = assignment;
        this.transactions = transactions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportReceived received) {
        if (!outbox.sends()) {
            return;
        }
        outbox.queue(
                received.agency(),
                investigators(received.agency(), null),
                "report-received",
                java.util.Map.of("number", received.number()));
    }

    @Scheduled(cron = "${prongsai.complaints.reminder-cron:0 5 7 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "complaint-reminders", lockAtMostFor = "PT30M")
    void remindDaily() {
        remindLate(LocalDate.now(clock));
    }

    /** E-mails about each report not acknowledged by its day, once; returns how many e-mails were queued. */
    int remindLate(LocalDate today) {
        if (!outbox.sends()) {
            log.debug("No SMTP settings: complaint reminders are not sent");
            return 0;
        }
        int sent = 0;
        for (var agency : agencies.all()) {
            var id = agency.agencyId();
            var late = jdbc.sql(
                            """
                            select c.id, c.number, c.acknowledge_by, c.assignee_id from complaint_case c
                            where c.agency_id = :a and c.status = 'RECEIVED' and c.acknowledge_by < :today
                              and c.data_key is not null
                              and not exists (select 1 from complaint_reminder r
                                  where r.agency_id = c.agency_id and r.case_id = c.id and r.kind = 'LATE')
                            order by c.number
                            """)
                    .param("a", id.value())
                    .param("today", today)
                    .query((rs, n) -> new Late(
                            rs.getObject("id", UUID.class),
                            rs.getInt("number"),
                            rs.getObject("acknowledge_by", LocalDate.class),
                            rs.getObject("assignee_id", UUID.class)))
                    .list();
            for (var report : late) {
                sent += remind(id, report);
            }
        }
        return sent;
    }

    private record Late(UUID id, int number, LocalDate acknowledgeBy, UUID assigneeId) {}

    private int remind(AgencyId agency, Late report) {
        var to = investigators(agency, report.assigneeId());
        if (to.isEmpty()) {
            return 0;
        }
        // Recorded and queued in one transaction: the e-mail leaves once this commits.
        Integer count = transactions.execute(status -> {
            int recorded = jdbc.sql(
                            """
                            insert into complaint_reminder (agency_id, case_id, kind) values (:a, :c, 'LATE')
                            on conflict do nothing
                            """)
                    .param("a", agency.value())
                    .param("c", report.id())
                    .update();
            if (recorded == 0) {
                return 0;
            }
            outbox.queue(
                    agency,
                    to,
                    "report-late",
                    java.util.Map.of(
                            "number", report.number(),
                            "acknowledgeByThai", ThaiFormat.officialDateInText(report.acknowledgeBy()),
                            "acknowledgeBy", report.acknowledgeBy()));
            return 1;
        });
        return count == null ? 0 : count;
    }

    /** The investigator in charge when there is one with an address, else every investigator of the agency. */
    private java.util.List<String> investigators(AgencyId agency, UUID assigneeId) {
        var all = assignment.investigators(agency).stream()
                .filter(a -> a.email() != null && !a.email().isBlank())
                .toList();
        var inCharge = all.stream().filter(a -> a.id().equals(assigneeId)).toList();
        return (inCharge.isEmpty() ? all : inCharge)
                .stream().map(StaffAccount::email).toList();
    }
}
