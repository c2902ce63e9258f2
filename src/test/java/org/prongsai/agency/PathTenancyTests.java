package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.context.ContextConfiguration;

/** A shared deployment: each agency under /a/<slug>/, with its own staff and sessions. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prongsai.demo=false", "prongsai.tenancy.mode=path", "server.shutdown=immediate"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
class PathTenancyTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AgencyManagement agencies;

    @Test
    void servesEachAgencyUnderItsOwnPathWithItsOwnStaff() {
        var north = accounts.openAgency(new OpenAgencyForm(
                "north",
                "",
                "เทศบาลตำบลเหนือ",
                "North Municipality",
                AgencyKind.SUBDISTRICT_MUNICIPALITY,
                "S",
                "เชียงราย",
                "admin",
                "ผู้ดูแลเหนือ",
                "north chief secret 1"));
        var south = accounts.openAgency(new OpenAgencyForm(
                "south",
                "",
                "องค์การบริหารส่วนตำบลใต้",
                "South SAO",
                AgencyKind.SAO,
                "L",
                "สงขลา",
                "admin",
                "ผู้ดูแลใต้",
                "south chief secret 2"));
        accounts.create(
                north,
                new StaffAccountForm(
                        "clerk",
                        "เสมียนเหนือ",
                        null,
                        null,
                        null,
                        java.util.Set.of(Role.STAFF),
                        true,
                        "north desk secret 3"));

        var browser = new Browser(port);
        assertThat(browser.get("/a/north/").body())
                .contains("เทศบาลตำบลเหนือ")
                .doesNotContain("องค์การบริหารส่วนตำบลใต้");
        assertThat(browser.get("/a/south/").body()).contains("องค์การบริหารส่วนตำบลใต้");
        // Links keep the agency's prefix.
        assertThat(browser.get("/a/south/").body()).contains("href=\"/a/south/about\"");
        assertThat(browser.get("/a/nowhere/").statusCode()).isEqualTo(404);
        browser.get("/a/north/login");
        var signedIn = browser.post(
                "/a/north/login", java.util.Map.of("username", "clerk", "password", "north desk secret 3"));
        assertThat(Browser.location(signedIn)).endsWith("/a/north/admin");
        assertThat(browser.get("/a/north/admin").body()).contains("เสมียนเหนือ");

        // The same person is nobody at the other agency, where the username does not exist.
        var elsewhere = browser.get("/a/south/admin");
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(Browser.location(elsewhere)).contains("/login");
        browser.get("/a/south/login");
        var refused = browser.post(
                "/a/south/login", java.util.Map.of("username", "clerk", "password", "north desk secret 3"));
        assertThat(Browser.location(refused)).endsWith("/a/south/login?error");
        assertThat(agencies.get(south).nameEn()).isEqualTo("South SAO");
    }

    @Test
    void aFormWithAWrongTokenUnderAnAgencysPathGetsTheExpiredFormPageNotAnError() {
        accounts.openAgency(new OpenAgencyForm(
                "east",
                "",
                "เทศบาลตำบลตะวันออก",
                "East Municipality",
                AgencyKind.SUBDISTRICT_MUNICIPALITY,
                "S",
                "ระยอง",
                "admin",
                "ผู้ดูแลตะวันออก",
                "east chief secret 4"));
        var browser = new Browser(port);
        browser.get("/a/east/qa");
        var forged = browser.postRaw(
                "/a/east/qa",
                java.util.Map.of(
                        "question", "คำถามที่ไม่มีโทเค็นถูกต้อง", "name", "", "website", "", "_csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("แบบฟอร์มหมดอายุ").contains("href=\"/a/east/");
        // A citizen is sent back to the agency's site, to the page the form was on when the browser says which.
        assertThat(forged.body()).contains("href=\"/a/east/\">กลับไปหน้าเดิม").doesNotContain("กลับไปที่ระบบงาน");
        var fromQa = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/a/east/qa"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Referer", "http://localhost:" + port + "/a/east/qa?page=2")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("question=x&_csrf=forged"))
                        .build());
        assertThat(fromQa.body()).contains("href=\"/a/east/qa?page=2\">กลับไปหน้าเดิม");
        var elsewhere = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/a/east/qa"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Referer", "https://attacker.example/phish")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("question=x&_csrf=forged"))
                        .build());
        assertThat(elsewhere.body()).doesNotContain("attacker.example").contains("href=\"/a/east/\">กลับไปหน้าเดิม");
    }
}
