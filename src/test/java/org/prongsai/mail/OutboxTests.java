package org.prongsai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.MailTest;
import org.prongsai.support.Smtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail leaves if and only if what decided it commits, and is tried again while the SMTP server is away. */
@MailTest
class OutboxTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAfterCommitNeverAfterRollbackAndAgainOnceTheServerIsBack() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var subject = "outbox " + UUID.randomUUID();

        // The SMTP server is away: the e-mail stays queued, with its error, for a later try.
        transactions.executeWithoutResult(
                status -> outbox.queue(agency, List.of("finance@banprongsai.example.go.th"), subject, "ข้อความ"));
        assertThat(sender.awaitIdle(30)).isTrue();
        var kept = jdbc.sql(
                        "select attempts, last_error, next_try_at > now() as later from mail_outbox where subject = :s")
                .param("s", subject)
                .query((rs, n) ->
                        new Object[] {rs.getInt("attempts"), rs.getString("last_error"), rs.getBoolean("later")})
                .single();
        assertThat((int) kept[0]).isEqualTo(1);
        assertThat((String) kept[1]).isNotBlank();
        assertThat((boolean) kept[2]).isTrue();

        var smtp = Smtp.server();
        smtp.start();
        try {
            // Rolled back: never sent.
            var never = "never " + UUID.randomUUID();
            transactions.executeWithoutResult(status -> {
                outbox.queue(agency, List.of("finance@banprongsai.example.go.th"), never, "ข้อความ");
                status.setRollbackOnly();
            });
            // The server is back and the retry is due: sent once, and gone from the outbox.
            jdbc.sql("update mail_outbox set next_try_at = now() where subject = :s")
                    .param("s", subject)
                    .update();
            sender.sendSoon();
            assertThat(sender.awaitIdle(30)).isTrue();
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(smtp.getReceivedMessages())
                    .extracting(m -> m.getSubject())
                    .contains(subject)
                    .doesNotContain(never);
            assertThat(jdbc.sql("select count(*) from mail_outbox where subject in (:s, :n)")
                            .param("s", subject)
                            .param("n", never)
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            smtp.stop();
        }
    }
}
