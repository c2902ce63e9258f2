package org.prongsai.mail;

import jakarta.annotation.PreDestroy;
import java.sql.Array;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.prongsai.shared.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on one thread of its own: at once after an e-mail is queued, and every half
 * minute for those that failed. Each turn claims a batch in one short statement (rows another instance claimed
 * are skipped, so instances never send the same e-mail twice), then talks to the SMTP server holding no
 * database connection, then records each result. A failed e-mail is tried again after 1, 2, 4 … minutes, at
 * most {@value #ATTEMPTS} times; a sent one leaves the table.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int ATTEMPTS = 8;
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Duration claim;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final Worker worker = new Worker("mail-outbox");

    OutboxSender(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            @Value("${prongsai.reminders.from:prongsai@localhost}") String from,
            @Value("${prongsai.mail.claim:5m}") Duration claim) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.from = from;
        this.claim = claim;
    }

    /** Sends soon, on the sender's thread; calls while a turn waits to start share that turn. */
    void sendSoon() {
        if (waiting.compareAndSet(false, true)) {
            worker.submit(() -> {
                waiting.set(false);
                sendDue();
            });
        }
    }

    @Scheduled(fixedDelayString = "${prongsai.mail.retry-every:30s}", initialDelayString = "10s")
    void retry() {
        sendSoon();
    }

    private record Queued(UUID agency, UUID id, List<String> to, String subject, String body) {}

    /** Sends every e-mail that is due, a batch at a time; returns how many were sent. */
    int sendDue() {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<Queued> batch;
        do {
            batch = claim();
            for (var queued : batch) {
                sent += send(sender, queued) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private List<Queued> claim() {
        return jdbc.sql(
                        """
                        update mail_outbox o set claimed_until = now() + cast(:claim as interval),
                               attempts = o.attempts + 1
                        from (select agency_id, id from mail_outbox
                              where next_try_at <= now() and (claimed_until is null or claimed_until < now())
                                and attempts < :attempts
                              order by next_try_at limit :batch for update skip locked) due
                        where o.agency_id = due.agency_id and o.id = due.id
                        returning o.agency_id, o.id, o.recipients, o.subject, o.body
                        """)
                .param("claim", claim.toSeconds() + " seconds")
                .param("attempts", ATTEMPTS)
                .param("batch", BATCH)
                .query((rs, n) -> new Queued(
                        rs.getObject("agency_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        List.of((String[]) ((Array) rs.getArray("recipients")).getArray()),
                        rs.getString("subject"),
                        rs.getString("body")))
                .list();
    }

    private boolean send(JavaMailSender sender, Queued queued) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(queued.to().toArray(String[]::new));
        message.setSubject(queued.subject());
        message.setText(queued.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            // The address list is the agency's staff, not a reporter's: safe to name the failure, not the text.
            log.warn("Could not send e-mail {} (will try again): {}", queued.id(), e.getMessage());
            jdbc.sql(
                            """
                            update mail_outbox set claimed_until = null, last_error = :error,
                                   next_try_at = now() + make_interval(mins => cast(power(2, least(attempts - 1, 10)) as int))
                            where agency_id = :a and id = :id
                            """)
                    .param("error", String.valueOf(e.getMessage()))
                    .param("a", queued.agency())
                    .param("id", queued.id())
                    .update();
            return false;
        }
        jdbc.sql("delete from mail_outbox where agency_id = :a and id = :id")
                .param("a", queued.agency())
                .param("id", queued.id())
                .update();
        return true;
    }

    /** Waits until every turn asked for so far is done (tests). */
    boolean awaitIdle(long seconds) throws InterruptedException {
        return worker.awaitIdle(seconds);
    }

    @PreDestroy
    void stop() {
        worker.stop();
    }
}
