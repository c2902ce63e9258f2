package org.prongsai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.prongsai.support.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProngsaiTest
class SignInTests {

    static final String PASSWORD = "prongsai-demo";
    static final String ADMIN_TOTP = "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    AgencyId demo() {
        return agencies.findIdBySlug("banprongsai").orElseThrow();
    }

    UUID newAccount(String username, Role role) {
        return accounts.create(
                demo(),
                new StaffAccountForm(
                        username, "ทดสอบ " + username, null, null, null, Set.of(role), true, "correct horse battery"));
    }

    @Test
    void storesPasswordsAsArgon2idHashesOnly() {
        var hashes = jdbc.sql("select password_hash from account_user")
                .query(String.class)
                .list();
        assertThat(hashes).isNotEmpty().allMatch(h -> h.startsWith("$argon2id$"));
    }

    @Test
    void refusesAWrongPasswordWithAMessageInThaiAndEnglish() {
        var browser = new Browser(port);
        browser.get("/login");
        var response = browser.post("/login", Map.of("username", "ita", "password", "wrong password"));
        assertThat(Browser.location(response)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        assertThat(browser.get("/login?error&lang=en").body()).contains("wrong username or password");
    }

    @Test
    void makesAnAddressWaitAfterFiveWrongPasswordsWithoutLockingTheAccount() {
        newAccount("lockout.test", Role.STAFF);
        var browser = new Browser(port);
        browser.get("/login");
        for (int i = 0; i < 5; i++) {
            browser.post("/login", Map.of("username", "lockout.test", "password", "not the password"));
        }
        var response = browser.post("/login", Map.of("username", "lockout.test", "password", "correct horse battery"));
        // Answered as a wrong password is, so that nobody learns which names exist or are locked.
        assertThat(Browser.location(response)).endsWith("/login?error");
        // The owner elsewhere is not locked out by a stranger's guesses (TrustedProxyTests signs in from there).
        assertThat(accounts.accountByUsername(demo(), "lockout.test")
                        .orElseThrow()
                        .locked())
                .isFalse();
    }

    @Test
    void letsStaffWithoutTwoFactorRolesStraightIn() {
        var browser = new Browser(port);
        assertThat(browser.signIn("ita", PASSWORD, null)).endsWith("/admin");
        assertThat(browser.get("/admin").body()).contains("นายปกรณ์ มั่นคง");
        // The person's own page, with the token form and the lengths a token may be given.
        var mine = browser.get("/account");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("name=\"days\"").contains("value=\"365\"");
    }

    @Test
    void keepsSessionsInTheDatabaseSoAnyInstanceCanServeThem() {
        var browser = new Browser(port);
        browser.signIn("ita", PASSWORD, null);
        // Indexed by the account's id: usernames repeat across agencies.
        var sessions = jdbc.sql("select count(*) from spring_session where principal_name ="
                        + " (select id::text from account_user where username = 'ita' and agency_id = :agency)")
                .param("agency", demo().value())
                .query(Long.class)
                .single();
        assertThat(sessions).isPositive();
    }

    @Test
    void makesSomeoneWithATemporaryPasswordChooseTheirOwnFirst() {
        var id = newAccount("temporary.password", Role.STAFF);
        accounts.resetPassword(demo(), id, "temporary secret 42");
        var browser = new Browser(port);
        assertThat(browser.signIn("temporary.password", "temporary secret 42", null))
                .endsWith("/account/password");
        assertThat(Browser.location(browser.get("/admin"))).endsWith("/account/password");
        browser.get("/account/password");
        var tooShort = browser.post(
                "/account/password",
                Map.of("currentPassword", "temporary secret 42", "newPassword", "short", "confirmPassword", "short"));
        assertThat(tooShort.body()).contains("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร");
        var changed = browser.post(
                "/account/password",
                Map.of(
                        "currentPassword", "temporary secret 42",
                        "newPassword", "my own long phrase",
                        "confirmPassword", "my own long phrase"));
        assertThat(Browser.location(changed)).endsWith("/account");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
        assertThat(accounts.account(demo(), id).orElseThrow().mustChangePassword())
                .isFalse();
    }

    @Test
    void asksAnAdministratorForATotpCodeBeforeAnythingElse() {
        var browser = new Browser(port);
        browser.get("/login");
        var afterPassword = browser.post("/login", Map.of("username", "admin", "password", PASSWORD));
        assertThat(Browser.location(afterPassword)).endsWith("/login/second-factor");
        // The password alone opens nothing.
        assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
        browser.get("/login/second-factor");
        var wrong = browser.post("/login/second-factor", Map.of("code", "000000"));
        assertThat(wrong.body()).contains("รหัสไม่ถูกต้อง");
        var right = browser.post("/login/second-factor", Map.of("code", Totp.now(ADMIN_TOTP)));
        assertThat(Browser.location(right)).endsWith("/admin");
        assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void makesANewInvestigatorSetUpTwoFactorFirst() {
        newAccount("new.investigator", Role.INVESTIGATOR);
        var browser = new Browser(port);
        assertThat(browser.signIn("new.investigator", "correct horse battery", null))
                .endsWith("/login/second-factor/setup");
        var setup = browser.get("/login/second-factor/setup").body();
        assertThat(setup).contains("data:image/png;base64,");
        var secret = setup.replaceAll("(?s).*<code>([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");
        var done = browser.post("/login/second-factor/setup", Map.of("code", Totp.now(secret)));
        assertThat(Browser.location(done)).endsWith("/admin");
        assertThat(accounts.accountByUsername(demo(), "new.investigator")
                        .orElseThrow()
                        .totpEnabled())
                .isTrue();
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfToken() {
        var browser = new Browser(port);
        browser.signIn("ita", PASSWORD, null);
        var missing = browser.postRaw("/account/tokens", Map.of("name", "forged"));
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("แบบฟอร์มหมดอายุ");
        var forged = browser.postRaw("/account/tokens", Map.of("name", "forged", "_csrf", "not-the-token"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(tokens.tokens(
                        demo(),
                        accounts.accountByUsername(demo(), "ita").orElseThrow().id()))
                .noneMatch(t -> t.name().equals("forged"));
    }

    @Test
    void acceptsAnApiTokenUntilItIsRevoked() {
        var ita = accounts.accountByUsername(demo(), "ita").orElseThrow();
        var issued = tokens.issueToken(demo(), ita.id(), "test");
        var browser = new Browser(port);
        var ok = browser.send(api("/api/v1/me", issued.token()));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"username\":\"ita\"").contains("ITA_OFFICER");
        assertThat(jdbc.sql("select count(*) from account_api_token where token_hash = :h")
                        .param("h", ApiTokens.sha256(issued.token()))
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(1L);

        tokens.revokeToken(demo(), ita.id(), issued.id());
        var refused = browser.send(api("/api/v1/me", issued.token()));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body())
                .contains("\"detail\":\"")
                .contains("โทเค็นไม่ถูกต้อง")
                .contains("The token is not valid");
    }

    @Test
    void answersAnApiCallWithoutCredentialsWithJsonNotALoginPage() {
        var response = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"");
    }

    private HttpRequest api(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }
}
