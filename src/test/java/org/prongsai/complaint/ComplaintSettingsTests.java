package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agency's administrator sets its days to acknowledge a report; new reports and the guideline follow. */
@ProngsaiTest
class ComplaintSettingsTests {

    private static final String ADMIN_TOTP = "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA";
    private static final String INVESTIGATOR_TOTP = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintSettings settings;

    @Autowired
    Complaints complaints;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    Clock clock;

    @Test
    void theAdministratorSetsTheDaysAndNewReportsAndTheGuidelineFollow() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var before = settings.acknowledgeDays(agency);
        try {
            var admin = new Browser(port);
            admin.signIn("admin", "prongsai-demo", ADMIN_TOTP);
            assertThat(admin.get("/admin/complaint-settings").body()).contains("value=\"" + before + "\"");

            // Out of range or not a number: said why, with what was typed kept; nothing changes.
            var refused = admin.post("/admin/complaint-settings", Map.of("acknowledgeDays", "120"));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body())
                    .contains("ตั้งแต่ 1 ถึง 90 วัน")
                    .contains("value=\"120\"")
                    .contains("aria-invalid=\"true\"");
            admin.get("/admin/complaint-settings");
            assertThat(admin.post("/admin/complaint-settings", Map.of("acknowledgeDays", "สิบ"))
                            .body())
                    .contains("value=\"สิบ\"");
            assertThat(settings.acknowledgeDays(agency)).isEqualTo(before);

            admin.get("/admin/complaint-settings");
            assertThat(Browser.location(admin.post("/admin/complaint-settings", Map.of("acknowledgeDays", "7"))))
                    .endsWith("/admin/complaint-settings");
            assertThat(settings.acknowledgeDays(agency)).isEqualTo(7);
            var received = complaints.submit(
                    agency, Reports.anonymous(Channel.GENERAL, "น้ำประปาไม่ไหลสามวันแล้วในหมู่ที่ห้า"));
            assertThat(received.acknowledgeBy()).isEqualTo(LocalDate.now(clock).plusDays(7));
            assertThat(new Browser(port).get("/complaints/guideline").body()).contains("7");

            // Investigators handle cases; the deadline is the administrator's to set.
            var investigator = new Browser(port);
            investigator.signIn("investigator", "prongsai-demo", INVESTIGATOR_TOTP);
            assertThat(investigator.get("/admin/complaint-settings").statusCode())
                    .isEqualTo(403);
        } finally {
            settings.setAcknowledgeDays(agency, before);
        }
    }

    @Test
    void aReplySentTwiceIsKeptOnceAndItsAddressOpenedAgainLeadsToTheReceiptForm() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var received = complaints.submit(
                agency, Reports.anonymous(Channel.GENERAL, "สุนัขจรจัดไล่กัดเด็กนักเรียนหน้าโรงเรียน"));
        complaints.reply(agency, received.receipt(), "เช้านี้ก็มาอีกครับ");
        complaints.reply(agency, received.receipt(), "เช้านี้ก็มาอีกครับ");
        assertThat(complaints
                        .forReporter(agency, received.receipt())
                        .orElseThrow()
                        .messages())
                .filteredOn(m -> m.text().equals("เช้านี้ก็มาอีกครับ"))
                .hasSize(1);
        assertThat(complaints
                        .reply(agency, received.receipt(), " ")
                        .orElseThrow()
                        .refused())
                .hasMessage("complaint.reply.required");

        var citizen = new Browser(port);
        var again = citizen.get("/complaints/status/reply?lang=en");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(Browser.location(again)).endsWith("/complaints/status");
    }
}
