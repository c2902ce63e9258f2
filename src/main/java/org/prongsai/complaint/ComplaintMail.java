package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.prongsai.account.StaffAccount;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ThaiFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the agency's investigators by e-mail that a report arrived, and once when a report is past its day to
 * be acknowledged. An e-mail says only "new report #K" or "report #K is late": never its channel, what it says or
 * who sent it. The first is sent after the report commits, from the event registry (a failed send stays
 * incomplete there); without SMTP settings nothing is sent.
 */
@Component
class ComplaintMail {

    private static final Logger log = LoggerFactory.getLogger(ComplaintMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final CaseAssignment assignment;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    ComplaintMail(
            ObjectProvider<JavaMailSender> mail,
            JdbcClient jdbc,
            AgencyManagement agencies,
            CaseAssignment assignment,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${prongsai.reminders.from:prongsai@localhost}") String from) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.assignment = assignment;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ReportReceived received) {
        var sender = mail.getIfAvailable();
        var to = investigators(received.agency(), null);
        if (sender == null || to.length == 0) {
            return;
        }
        var message = message(to);
        message.setSubject("[Prongsai] เรื่องใหม่ #" + received.number() + " / New report #" + received.number());
        message.setText("มีเรื่องใหม่ #" + received.number() + " กรุณาเข้าสู่ระบบโปร่งใสเพื่ออ่านและตอบรับเรื่อง\n\n"
                + "New report #" + received.number() + ". Please sign in to Prongsai to read and acknowledge it.");
        sender.send(message);
    }

    @Scheduled(cron = "${prongsai.complaints.reminder-cron:0 5 7 * * *}", zone = "Asia/Bangkok")
    void remindDaily() {
        remindLate(LocalDate.now(clock));
    }

    /** E-mails about each report not acknowledged by its day, once; returns how many e-mails went out. */
    int remindLate(LocalDate today) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
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
                sent += remind(sender, id, report);
            }
        }
        return sent;
    }

    private record Late(UUID id, int number, LocalDate acknowledgeBy, UUID assigneeId) {}

    private int remind(JavaMailSender sender, AgencyId agency, Late report) {
        var to = investigators(agency, report.assigneeId());
        if (to.length == 0) {
            return 0;
        }
        // Recorded and sent in one transaction: a failed send is tried again the next day.
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
            var message = message(to);
            message.setSubject("[Prongsai] เรื่อง #" + report.number() + " เลยกำหนดตอบรับ / Report #" + report.number()
                    + " is late");
            message.setText("เรื่อง #" + report.number() + " ควรตอบรับภายใน "
                    + ThaiFormat.officialDateInText(report.acknowledgeBy())
                    + " แต่ยังไม่ได้ตอบรับ กรุณาเข้าสู่ระบบโปร่งใสเพื่อดำเนินการ\n\n"
                    + "Report #" + report.number() + " was to be acknowledged by " + report.acknowledgeBy()
                    + " and is not yet. Please sign in to Prongsai to act on it.");
            sender.send(message);
            return 1;
        });
        return count == null ? 0 : count;
    }

    /** The investigator in charge when there is one with an address, else every investigator of the agency. */
    private String[] investigators(AgencyId agency, UUID assigneeId) {
        var all = assignment.investigators(agency).stream()
                .filter(a -> a.email() != null && !a.email().isBlank())
                .toList();
        var inCharge = all.stream().filter(a -> a.id().equals(assigneeId)).toList();
        return (inCharge.isEmpty() ? all : inCharge)
                .stream().map(StaffAccount::email).toArray(String[]::new);
    }

    private SimpleMailMessage message(String[] to) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        return message;
    }
}
