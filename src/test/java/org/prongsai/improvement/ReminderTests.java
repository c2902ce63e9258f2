package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.MailTest;
import org.prongsai.support.Smtp;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders go through a real SMTP server (GreenMail, in the test's own process), once each. */
@MailTest
class ReminderTests {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.extension();

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    Reminders reminders;

    @Test
    void remindsTheUnitBeforeTheDueDateAndOnceWhenLate() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        improvement.save(agency, TrackingTests.plan("เตือนทางอีเมล", 2571));
        // The one-off measure of 2571 is due on 30 November 2027; the monthly ones at each month's end.
        int first = reminders.send(LocalDate.of(2027, 10, 29));
        assertThat(first).isEqualTo(1);
        // Sent after the reminder's record commits, from the outbox.
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("finance@banprongsai.example.go.th");
        assertThat(message.getSubject()).contains("ใกล้ครบกำหนด").contains("ประชุมชี้แจงงบประมาณประจำเดือน");
        assertThat(GreenMailUtil.getBody(message)).isNotBlank();

        assertThat(reminders.send(LocalDate.of(2027, 10, 29)))
                .as("each reminder is sent once")
                .isZero();
        int later = reminders.send(LocalDate.of(2027, 11, 2));
        assertThat(later).as("October's meeting is now late").isEqualTo(1);
        // A copy is kept per recipient: wait for the late one itself.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(smtp.getReceivedMessages())
                        .anySatisfy(m -> assertThat(m.getSubject()).contains("เกินกำหนด")));
    }
}
