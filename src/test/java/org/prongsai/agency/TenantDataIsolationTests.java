package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.OpenAgencyForm;
import org.prongsai.account.Role;
import org.prongsai.account.StaffAccountForm;
import org.prongsai.support.Browser;
import org.prongsai.support.FreshDataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * One agency's data is never another's: read by id under the other agency's path, changed by the other's staff
 * with the right id, listed or found in the other's search, it is not there, and it stays as it was.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prongsai.demo=false", "prongsai.tenancy.mode=path", "server.shutdown=immediate"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
class TenantDataIsolationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newsAndQuestionsOfOneAgencyAreNeitherSeenNorChangedFromAnother() {
        var north = open("iso-north", "เทศบาลตำบลเหนือแยกข้อมูล", "river tide north 1");
        var south = open("iso-south", "องค์การบริหารส่วนตำบลใต้แยกข้อมูล", "river tide south 2");
        clerk(north, "mango rain north 3");
        clerk(south, "mango rain south 4");
        var northClerk = signedIn("iso-north", "mango rain north 3");
        var southClerk = signedIn("iso-south", "mango rain south 4");

        // North publishes a news item; a citizen asks north a question.
        var published = northClerk.post(
                "/a/iso-north/admin/news",
                Map.of("title", "ข่าวของเหนือเท่านั้น", "body", "เนื้อข่าวของเหนือ", "publishedOn", "2026-11-20"));
        assertThat(published.statusCode()).isEqualTo(302);
        var news = jdbc.sql("select id from news_item where title = 'ข่าวของเหนือเท่านั้น'")
                .query(UUID.class)
                .single();
        var citizen = new Browser(port);
        citizen.get("/a/iso-north/qa");
        citizen.post("/a/iso-north/qa", Map.of("question", "คำถามถึงเหนือเท่านั้น", "name", "", "website", ""));
        var question = jdbc.sql("select id from participation_question where question = 'คำถามถึงเหนือเท่านั้น'")
                .query(UUID.class)
                .single();

        // Read under the other agency's path, by its id, in lists and in search: not there.
        assertThat(citizen.get("/a/iso-north/news/" + news).statusCode()).isEqualTo(200);
        assertThat(citizen.get("/a/iso-south/news/" + news).statusCode()).isEqualTo(404);
        assertThat(citizen.get("/a/iso-south/news").body()).doesNotContain("ข่าวของเหนือเท่านั้น");
        assertThat(citizen.get("/a/iso-south/search?q=ข่าวของเหนือ").body()).doesNotContain("ข่าวของเหนือเท่านั้น");
        assertThat(southClerk.get("/a/iso-south/admin/qa").body()).doesNotContain("คำถามถึงเหนือเท่านั้น");
        assertThat(southClerk.get("/a/iso-south/admin/news").body()).doesNotContain("ข่าวของเหนือเท่านั้น");

        // South's staff, with north's ids: nothing changes.
        southClerk.post("/a/iso-south/admin/news/" + news + "/delete", Map.of());
        southClerk.post("/a/iso-south/admin/qa/" + question, Map.of("answer", "คำตอบจากใต้"));
        southClerk.post("/a/iso-south/admin/qa/" + question + "/hide", Map.of());
        assertThat(jdbc.sql("select count(*) from news_item where id = :id")
                        .param("id", news)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        var kept = jdbc.sql("select answer, hidden_at from participation_question where id = :id")
                .param("id", question)
                .query((rs, n) -> new Object[] {rs.getString("answer"), rs.getObject("hidden_at")})
                .single();
        assertThat(kept[0]).isNull();
        assertThat(kept[1]).isNull();
        assertThat(citizen.get("/a/iso-north/news/" + news).statusCode()).isEqualTo(200);

        // North's staff, signed in at north, are nobody at south: south's back office is closed to them.
        var crossing = northClerk.get("/a/iso-south/admin/news");
        assertThat(crossing.statusCode()).isEqualTo(302);
        assertThat(Browser.location(crossing)).contains("/a/iso-south/login");
        assertThat(northClerk.get("/a/iso-north/admin/qa").body()).contains("คำถามถึงเหนือเท่านั้น");
    }

    private org.prongsai.shared.AgencyId open(String slug, String name, String adminPassword) {
        return accounts.openAgency(new OpenAgencyForm(
                slug, "", name, slug, AgencyKind.SAO, "S", "น่าน", "admin", "ผู้ดูแล " + slug, adminPassword));
    }

    private void clerk(org.prongsai.shared.AgencyId agency, String password) {
        accounts.create(
                agency, new StaffAccountForm("clerk", "เสมียน", null, null, null, Set.of(Role.STAFF), true, password));
    }

    private Browser signedIn(String slug, String password) {
        var browser = new Browser(port);
        browser.get("/a/" + slug + "/login");
        var response = browser.post("/a/" + slug + "/login", Map.of("username", "clerk", "password", password));
        assertThat(Browser.location(response)).endsWith("/a/" + slug + "/admin");
        // The form token changes at sign-in: the next form posts the new one.
        browser.get("/a/" + slug + "/admin/news");
        return browser;
    }
}
