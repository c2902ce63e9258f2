package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.MailTest;
import org.prongsai.support.Smtp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Investigators hear of a new report and of a late one by e-mail through a real SMTP server (GreenMail), and
 * the e-mail says only the report's number.
 */
@MailTest
class ComplaintMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.extension();

    @Autowired
    Complaints complaints;

    @Autowired
    ComplaintMail mail;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    Clock clock;

    @Test
    void investigatorsHearOfANewReportAndOfALateOneByItsNumberAlone() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var sentence = "เจ้าหน้าที่เรียกเงินใต้โต๊ะสามพันบาทเพื่อเร่งออกใบอนุญาต";
        var received = complaints.submit(
                agency,
                new ReportForm(
                        Channel.CORRUPTION,
                        false,
                        "เรียกรับเงิน",
                        sentence,
                        "",
                        "นายทดสอบ อีเมล",
                        "",
                        "0812345678",
                        "",
                        "",
                        ""));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 1);
        var first = smtp.getReceivedMessages()[0];
        assertThat(Arrays.stream(first.getAllRecipients()).map(Object::toString))
                .containsExactly("investigator@banprongsai.example.go.th");
        assertThat(first.getSubject()).contains("#" + received.number());
        var body = GreenMailUtil.getBody(first);
        assertThat(first.getSubject() + body)
                .doesNotContain("ทุจริต")
                .doesNotContain("เรียกรับเงิน")
                .doesNotContain("ใต้โต๊ะ")
                .doesNotContain("นายทดสอบ");

        // Past its day to be acknowledged: one reminder, however many days it stays late.
        var late = received.acknowledgeBy().plusDays(1);
        int before = smtp.getReceivedMessages().length;
        int sent = mail.remindLate(late);
        assertThat(sent).isPositive();
        assertThat(smtp.waitForIncomingEmail(20_000, before + sent)).isTrue();
        assertThat(mail.remindLate(late.plusDays(1))).isZero();
        var reminder = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(reminder.getSubject()).contains("เลยกำหนด");
        assertThat(reminder.getSubject() + GreenMailUtil.getBody(reminder)).doesNotContain("ใต้โต๊ะ");
        assertThat(mail.remindLate(LocalDate.now(clock))).isZero();
    }
}
