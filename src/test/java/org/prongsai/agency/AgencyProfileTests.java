package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.prongsai.support.Superuser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProngsaiTest
class AgencyProfileTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    Browser signedInAdmin() {
        var browser = new Browser(port);
        assertThat(browser.signIn("admin", "prongsai-demo", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"))
                .endsWith("/admin");
        return browser;
    }

    Map<String, String> currentProfile() {
        var agency = agencies.get(agencies.findIdBySlug("banprongsai").orElseThrow());
        var form = AgencyProfileForm.of(agency);
        var fields = new HashMap<String, String>();
        for (var component : AgencyProfileForm.class.getRecordComponents()) {
            try {
                var value = component.getAccessor().invoke(form);
                fields.put(component.getName(), value == null ? "" : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    @Test
    void refusesBadContactsInThaiAndEnglishAndSavesNothing() {
        var browser = signedInAdmin();
        var before = agencies.get(agencies.findIdBySlug("banprongsai").orElseThrow());
        browser.get("/admin/agency");
        var fields = currentProfile();
        fields.put("email", "not an e-mail");
        fields.put("phone", "call us");
        fields.put("nameTh", "x".repeat(301));
        var thai = browser.post("/admin/agency", fields);
        assertThat(thai.statusCode()).isEqualTo(200);
        assertThat(thai.body())
                .contains("รูปแบบอีเมลไม่ถูกต้อง")
                .contains("รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง")
                .contains("ข้อความยาวเกินกำหนด")
                .as("what the person typed is still in the form")
                .contains("value=\"call us\"");
        // A screen reader hears which field is wrong, and why: the field points at its message.
        assertThat(thai.body())
                .containsPattern("<input (?=[^>]*id=\"email\")(?=[^>]*aria-invalid=\"true\")"
                        + "(?=[^>]*aria-describedby=\"email-error\")")
                .contains("id=\"email-error\"")
                .containsPattern("<input (?=[^>]*id=\"fax\")(?![^>]*aria-invalid)");
        var english = browser.post("/admin/agency?lang=en", fields);
        assertThat(english.body())
                .contains("This is not a valid e-mail address")
                .contains("not a valid phone number");
        assertThat(agencies.get(before.agencyId())).isEqualTo(before);
    }

    @Test
    void recordsWhoChangedTheProfileAndHow() {
        var browser = signedInAdmin();
        browser.get("/admin/agency");
        var fields = currentProfile();
        fields.put("phone", "044 999 888 ต่อ 12");
        var response = browser.post("/admin/agency", fields);
        assertThat(Browser.location(response)).endsWith("/admin/agency");
        var id = agencies.findIdBySlug("banprongsai").orElseThrow();
        assertThat(agencies.get(id).phone()).isEqualTo("044 999 888 ต่อ 12");
        var audit = jdbc.sql(
                        """
                        select actor_name, before ->> 'phone' as before_phone, after ->> 'phone' as after_phone
                        from audit_event where entity_type = 'agency' and action = 'update'
                        order by occurred_at desc limit 1
                        """)
                .query()
                .singleRow();
        assertThat(audit.get("actor_name")).isEqualTo("นางสาวสุภาพร ใจดี");
        assertThat(audit.get("after_phone")).isEqualTo("044 999 888 ต่อ 12");
        assertThat(audit.get("before_phone")).isNotEqualTo("044 999 888 ต่อ 12");
        assertThat(browser.get("/admin/audit?entityType=agency").body()).contains("044 999 888");
    }

    @Test
    void keepsTheAuditTrailAppendOnly(@Value("${prongsai.data-dir}") Path dataDir) {
        // The application's own role may only add records; even the superuser meets the append-only trigger.
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'someone else'")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        var superuser = Superuser.of(dataDir);
        assertThatThrownBy(() -> superuser
                        .sql("update audit_event set actor_name = 'someone else'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser.sql("delete from audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void refusesAnEmblemThatIsNotAnImageWhateverItsName() {
        var browser = signedInAdmin();
        browser.get("/admin/agency");
        // A Windows executable's first bytes, named like a picture.
        var exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        var response = browser.postFile("/admin/agency/emblem", Map.of(), "emblem", "emblem.png", "image/png", exe);
        assertThat(Browser.location(response)).endsWith("/admin/agency");
        assertThat(browser.get("/admin/agency").body()).contains("ไม่รับไฟล์ประเภทนี้");
        assertThat(agencies.get(agencies.findIdBySlug("banprongsai").orElseThrow())
                        .emblemSha256())
                .isNull();
    }

    @Test
    void theAuditTrailIsAHashChainThatShowsAnyRewrite(
            @Autowired org.prongsai.audit.AuditTrail trail, @Value("${prongsai.data-dir}") Path dataDir) {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var check = trail.verify(agency);
        assertThat(check.intact()).isTrue();
        assertThat(check.records()).isPositive();
        assertThat(check.head()).hasSize(64);

        // The database's superuser turns the append-only guard off and rewrites a record: the chain shows where.
        var jdbc = Superuser.of(dataDir);
        var seq = jdbc.sql("select max(seq) - 1 from audit_event where agency_id = :a")
                .param("a", agency.value())
                .query(Long.class)
                .single();
        var original = jdbc.sql("select actor_name from audit_event where agency_id = :a and seq = :s")
                .param("a", agency.value())
                .param("s", seq)
                .query(String.class)
                .single();
        try {
            jdbc.sql("alter table audit_event disable trigger audit_event_no_update")
                    .update();
            jdbc.sql("update audit_event set actor_name = 'ผู้อื่น' where agency_id = :a and seq = :s")
                    .param("a", agency.value())
                    .param("s", seq)
                    .update();
            var broken = trail.verify(agency);
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBroken()).isEqualTo(seq);
        } finally {
            jdbc.sql("update audit_event set actor_name = :n where agency_id = :a and seq = :s")
                    .param("n", original)
                    .param("a", agency.value())
                    .param("s", seq)
                    .update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update")
                    .update();
        }
        assertThat(trail.verify(agency).intact()).isTrue();
    }
}
