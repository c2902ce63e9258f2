package org.prongsai.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prongsai.shared.AfterCommit;
import org.prongsai.shared.AgencyId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules put the e-mails they send: written in the caller's transaction, so an e-mail leaves if and only
 * if what decided it commits, and sent after the commit by {@link OutboxSender}, so no request or job waits on
 * an SMTP server while it holds a database connection.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final OutboxSender sender;
    private final Letters letters = new Letters();

    Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, OutboxSender sender) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.sender = sender;
    }

    /** Whether e-mail is sent at all: without SMTP settings ({@code spring.mail.host}) nothing is queued. */
    public boolean sends() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Queues the e-mail written by the template {@code templates/mail/<template>.txt} with these values, in the
     * current transaction; it is sent once that commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(AgencyId agency, List<String> to, String template, Map<String, Object> values) {
        if (to.isEmpty() || !sends()) {
            return;
        }
        var letter = letters.write(template, values);
        queue(agency, to, letter.subject(), letter.body());
    }

    /** Queues an e-mail in the current transaction; it is sent once that commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(AgencyId agency, List<String> to, String subject, String text) {
        if (to.isEmpty() || !sends()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into mail_outbox (agency_id, id, recipients, subject, body)
                        values (:a, :id, :to, :subject, :body)
                        """)
                .param("a", agency.value())
                .param("id", UUID.randomUUID())
                .param("to", to.toArray(String[]::new))
                .param("subject", subject)
                .param("body", text)
                .update();
        AfterCommit.run(sender::sendSoon);
    }
}
