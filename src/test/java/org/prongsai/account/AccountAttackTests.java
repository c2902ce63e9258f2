package org.prongsai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.prongsai.support.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The attacks the security review made on accounts, each of which once succeeded. */
@ProngsaiTest
class AccountAttackTests {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TwoFactor twoFactor;

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
                new StaffAccountForm(username, "ทดสอบ " + username, null, null, null, Set.of(role), true, PASSWORD));
    }

    String secretOf(UUID id) {
        return jdbc.sql("select totp_secret from account_user where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    Browser admin() {
        var browser = new Browser(port);
        assertThat(browser.signIn("admin", "prongsai-demo", SignInTests.ADMIN_TOTP))
                .endsWith("/admin");
        return browser;
    }

    @Test
    void aPasswordAloneNeverReplacesTheSecondFactor() {
        var id = newAccount("attack.custodian", Role.CUSTODIAN);
        var owner = new Browser(port);
        owner.signIn("attack.custodian", PASSWORD, null);
        var setup = owner.get("/login/second-factor/setup").body();
        var secret = setup.replaceAll("(?s).*<code>([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");
        owner.post("/login/second-factor/setup", Map.of("code", Totp.now(secret)));
        var stored = secretOf(id);
        assertThat(stored).startsWith("tink:");

        // Someone who knows only the password is sent to the code page, and cannot enrol a factor of their own.
        var attacker = new Browser(port);
        assertThat(attacker.signIn("attack.custodian", PASSWORD, null)).endsWith("/login/second-factor");
        var offered = attacker.get("/login/second-factor/setup");
        assertThat(Browser.location(offered)).endsWith("/login/second-factor");
        assertThat(offered.body()).doesNotContain("data:image/png;base64,");
        attacker.get("/login/second-factor");
        var forced = attacker.post("/login/second-factor/setup", Map.of("code", "123456"));
        assertThat(Browser.location(forced)).endsWith("/login/second-factor");
        var admin = attacker.get("/admin");
        assertThat(admin.statusCode()).isIn(302, 403);
        assertThat(admin.body()).doesNotContain("href=\"/logout\"");
        assertThat(secretOf(id)).isEqualTo(stored);
    }

    @Test
    void theServiceNeverOverwritesAnExistingFactor() throws Exception {
        var id = newAccount("attack.investigator", Role.INVESTIGATOR);
        var first = twoFactor.newTotpSecret();
        twoFactor.enableTotp(demo(), id, first, Totp.now(first));
        var stored = secretOf(id);
        var second = twoFactor.newTotpSecret();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> twoFactor.enableTotp(demo(), id, second, Totp.now(second)))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key())
                .isEqualTo("account.totp.already-enabled");
        assertThat(secretOf(id)).isEqualTo(stored);
    }

    @Test
    void anAgencysAdministratorCannotMakeItselfOrAnyoneAnOperator() {
        var admin = admin();
        var self = accounts.accountByUsername(demo(), "admin").orElseThrow();
        var page = admin.get("/admin/accounts/" + self.id()).body();
        assertThat(page).doesNotContain("value=\"OPERATOR\"");
        var raised = admin.post(
                "/admin/accounts/" + self.id(),
                Map.of("username", "admin", "displayName", self.displayName(), "roles", "OPERATOR", "enabled", "true"));
        assertThat(raised.statusCode()).isEqualTo(200);
        assertThat(raised.body()).contains("ท่านเปลี่ยนบทบาทหรือปิดใช้งานบัญชีของตนเองไม่ได้");
        assertThat(accounts.account(demo(), self.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);

        var other = newAccount("attack.staff", Role.STAFF);
        admin.get("/admin/accounts/" + other);
        var granted = admin.post(
                "/admin/accounts/" + other,
                Map.of("username", "attack.staff", "displayName", "ทดสอบ", "roles", "OPERATOR", "enabled", "true"));
        assertThat(granted.body()).contains("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้น");
        assertThat(accounts.account(demo(), other).orElseThrow().roles()).containsExactly(Role.STAFF);

        admin.get("/admin/accounts/new");
        admin.post(
                "/admin/accounts/new",
                Map.of(
                        "username", "attack.operator",
                        "displayName", "ทดสอบ",
                        "roles", "OPERATOR",
                        "enabled", "true",
                        "password", PASSWORD));
        assertThat(accounts.accountByUsername(demo(), "attack.operator")).isEmpty();

        // Nor touch an operator's account: its password, its lock or its second factor.
        var operator = accounts.accountByUsername(demo(), "operator").orElseThrow();
        var hash = jdbc.sql("select password_hash from account_user where id = :id")
                .param("id", operator.id())
                .query(String.class)
                .single();
        admin.get("/admin/accounts/" + operator.id());
        admin.post("/admin/accounts/" + operator.id() + "/password", Map.of("password", "a new password for you"));
        admin.post("/admin/accounts/" + operator.id() + "/totp/reset", Map.of());
        assertThat(jdbc.sql("select password_hash from account_user where id = :id")
                        .param("id", operator.id())
                        .query(String.class)
                        .single())
                .isEqualTo(hash);
        assertThat(accounts.account(demo(), operator.id()).orElseThrow().totpEnabled())
                .isTrue();
        assertThat(admin.get("/operator/agencies").statusCode()).isEqualTo(403);
    }

    @Test
    void disablingAnAccountOrChangingItsRolesOrPasswordEndsItsOpenSessionsAtOnce() {
        var id = newAccount("attack.sessions", Role.ITA_OFFICER);
        var form = new StaffAccountForm(
                "attack.sessions", "ทดสอบ", null, null, null, Set.of(Role.ITA_OFFICER), true, null);

        var signedIn = new Browser(port);
        signedIn.signIn("attack.sessions", PASSWORD, null);
        assertThat(signedIn.get("/admin").statusCode()).isEqualTo(200);
        accounts.update(
                demo(),
                id,
                new StaffAccountForm(
                        form.username(), form.displayName(), null, null, null, Set.of(Role.STAFF), true, null));
        assertThat(signedIn.get("/admin").statusCode()).isEqualTo(302);

        var again = new Browser(port);
        again.signIn("attack.sessions", PASSWORD, null);
        assertThat(again.get("/admin").statusCode()).isEqualTo(200);
        accounts.resetPassword(demo(), id, "a temporary password 1");
        assertThat(again.get("/admin").statusCode()).isEqualTo(302);

        var third = new Browser(port);
        third.signIn("attack.sessions", "a temporary password 1", null);
        third.get("/account/password");
        accounts.update(
                demo(),
                id,
                new StaffAccountForm(
                        form.username(), form.displayName(), null, null, null, Set.of(Role.STAFF), false, null));
        assertThat(Browser.location(third.get("/account/password"))).contains("/login");
    }

    private java.net.http.HttpRequest.Builder withToken(String path, String token) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    @Test
    void anApiTokenWorksOnTheApiOnlyWithinItsScopesAndUntilItExpires() {
        var admin = accounts.accountByUsername(demo(), "admin").orElseThrow();
        var readOnly = tokens.issueToken(demo(), admin.id(), "read only");
        var client = new Browser(port);
        assertThat(client.send(withToken("/api/v1/me", readOnly.token()).GET().build())
                        .statusCode())
                .isEqualTo(200);

        // Not a sign-in: no back-office page, no form, no second factor skipped, no account or token made.
        var page =
                client.send(withToken("/admin/accounts", readOnly.token()).GET().build());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("โทเค็นใช้ได้กับ API").contains("Tokens work on the API");
        var newAccount = client.send(withToken("/admin/accounts/new", readOnly.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "username=token.made&displayName=x&roles=ADMIN&enabled=true&password=correct+horse+battery"))
                .build());
        assertThat(newAccount.statusCode()).isIn(401, 403);
        assertThat(accounts.accountByUsername(demo(), "token.made")).isEmpty();
        var newToken = client.send(withToken("/account/tokens", readOnly.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name=minted&days=365&write=true"))
                .build());
        assertThat(newToken.statusCode()).isIn(401, 403);
        assertThat(tokens.tokens(demo(), admin.id())).noneMatch(t -> t.name().equals("minted"));

        // A read-only token changes nothing, even through the API.
        var write = client.send(withToken("/api/v1/scoring", readOnly.token())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("อ่านข้อมูลได้อย่างเดียว");

        // Every token expires, and is shown with its scope and its end.
        var shortLived = tokens.issueToken(demo(), admin.id(), "expiring", Set.of(TokenScope.WRITE), 30);
        assertThat(tokens.tokens(demo(), admin.id())).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("expiring");
            assertThat(t.canWrite()).isTrue();
            assertThat(t.expiresAt()).isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(31)));
        });
        jdbc.sql("update account_api_token set expires_at = now() - interval '1 second' where id = :id")
                .param("id", shortLived.id())
                .update();
        assertThat(client.send(withToken("/api/v1/me", shortLived.token()).GET().build())
                        .statusCode())
                .isEqualTo(401);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> tokens.issueToken(demo(), admin.id(), "forever", Set.of(TokenScope.READ), 100_000))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void noAccountIsBothTheInvestigatorWhoAsksAndTheCustodianWhoApproves() {
        // Given at creation: refused, nothing made.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(
                        demo(),
                        new StaffAccountForm(
                                "attack.both",
                                "ทดสอบ สองบทบาท",
                                null,
                                null,
                                null,
                                Set.of(Role.INVESTIGATOR, Role.CUSTODIAN),
                                true,
                                PASSWORD)))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key())
                .isEqualTo("account.roles.investigator-and-custodian");
        assertThat(accounts.accountByUsername(demo(), "attack.both")).isEmpty();

        // Added later: refused, the roles as they were.
        var id = newAccount("attack.investigator2", Role.INVESTIGATOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.update(
                        demo(),
                        id,
                        new StaffAccountForm(
                                "attack.investigator2",
                                "ทดสอบ attack.investigator2",
                                null,
                                null,
                                null,
                                Set.of(Role.INVESTIGATOR, Role.CUSTODIAN),
                                true,
                                null)))
                .isInstanceOf(Refusal.class);
        assertThat(accounts.account(demo(), id).orElseThrow().roles()).containsExactly(Role.INVESTIGATOR);
    }

    @Test
    void anOutsideAssessorReadsNoUnansweredQuestionsPlansOrReports() {
        var assessor = new Browser(port);
        assertThat(assessor.signIn("assessor", "prongsai-demo", null)).endsWith("/admin");
        for (var page : java.util.List.of("/admin/qa", "/admin/plans", "/admin/plans/2568", "/admin/measures")) {
            assertThat(assessor.get(page).statusCode()).as(page).isEqualTo(403);
        }
        var home = assessor.get("/admin").body();
        assertThat(home).doesNotContain("href=\"/admin/qa\"").doesNotContain("href=\"/admin/plans\"");
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        assertThat(officer.get("/admin").body()).contains("href=\"/admin/qa\"").contains("href=\"/admin/plans\"");
    }

    @Test
    void passwordsAreHashedAtOwaspsMinimumAndOlderHashesUpgradedAtSignIn() {
        var id = newAccount("attack.argon", Role.STAFF);
        var hash = jdbc.sql("select password_hash from account_user where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").contains("m=19456,t=2,p=1");

        var weaker = org.springframework.security.crypto.argon2.Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()
                .encode(PASSWORD);
        jdbc.sql("update account_user set password_hash = :h where id = :id")
                .param("h", weaker)
                .param("id", id)
                .update();
        assertThat(new Browser(port).signIn("attack.argon", PASSWORD, null)).endsWith("/admin");
        assertThat(jdbc.sql("select password_hash from account_user where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .contains("m=19456,t=2,p=1");
    }

    @Test
    void aBadDateInTheAuditFilterIsExplainedAndThePageIsWhole() {
        jdbc.sql("insert into audit_event (agency_id, id, actor_name, action, entity_type)"
                        + " select :a, gen_random_uuid(), 'system', 'test', 'page_filler' from generate_series(1, 120)")
                .param("a", demo().value())
                .update();
        var admin = admin();
        var page = admin.get("/admin/audit?from=%27&to=2569-13-45");
        assertThat(page.statusCode()).isEqualTo(200);
        // Each date says what is wrong with it.
        assertThat(page.body())
                .contains("</html>")
                .contains("ไม่ได้ กรุณากรอกเป็น วัน/เดือน/ปี พ.ศ.")
                .contains("ไม่มีวันที่ &quot;2569-13-45&quot; ในปฏิทิน");
    }

    @Test
    void theRightPasswordAfterTwentyParallelWrongOnesFromTheSameAddressIsRefused() throws Exception {
        newAccount("attack.race", Role.STAFF);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var tries = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                tries.add(pool.submit(() -> {
                    var guesser = new Browser(port);
                    guesser.get("/login");
                    start.await();
                    return guesser.post("/login", Map.of("username", "attack.race", "password", "guess number " + n));
                }));
            }
            start.countDown();
            for (var t : tries) {
                t.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var owner = new Browser(port);
        assertThat(owner.signIn("attack.race", PASSWORD, null)).endsWith("/login?error");

        // A locked name and a name that does not exist are answered alike.
        var stranger = new Browser(port);
        assertThat(stranger.signIn("no.such.person", PASSWORD, null)).endsWith("/login?error");
    }

    @Test
    void wrongCodesCountPerAccountAcrossSessionsAndAreAudited() {
        var id = newAccount("attack.codes", Role.INVESTIGATOR);
        var secret = twoFactor.newTotpSecret();
        twoFactor.enableTotp(demo(), id, secret, Totp.now(secret));
        for (int session = 0; session < 3; session++) {
            var guesser = new Browser(port);
            guesser.signIn("attack.codes", PASSWORD, null);
            guesser.get("/login/second-factor");
            guesser.post("/login/second-factor", Map.of("code", "000000"));
            guesser.post("/login/second-factor", Map.of("code", "111111"));
        }
        // Six wrong codes in three sessions: the account is locked, whatever the right code.
        assertThat(accounts.accountByUsername(demo(), "attack.codes")
                        .orElseThrow()
                        .locked())
                .isTrue();
        assertThat(new Browser(port).signIn("attack.codes", PASSWORD, secret)).endsWith("/login?error");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'second-factor-failed' and entity_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aCodeIsAcceptedOnceAndTheSecretIsStoredEncrypted() {
        var id = newAccount("attack.replay", Role.CUSTODIAN);
        var secret = twoFactor.newTotpSecret();
        twoFactor.enableTotp(demo(), id, secret, Totp.now(secret));
        assertThat(secretOf(id)).startsWith("tink:").doesNotContain(secret);

        var code = Totp.now(secret);
        var first = new Browser(port);
        first.signIn("attack.replay", PASSWORD, null);
        first.get("/login/second-factor");
        assertThat(Browser.location(first.post("/login/second-factor", Map.of("code", code))))
                .endsWith("/admin");
        // The same code, seen over a shoulder, in another session a moment later.
        var second = new Browser(port);
        second.signIn("attack.replay", PASSWORD, null);
        second.get("/login/second-factor");
        var replayed = second.post("/login/second-factor", Map.of("code", code));
        assertThat(Browser.location(replayed)).doesNotEndWith("/admin");
        assertThat(second.get("/admin").statusCode()).isIn(302, 403);

        // A secret stored clear before encryption began is sealed at start-up and still works.
        assertThat(twoFactor.sealTotpSecrets()).isZero();
    }

    @Test
    void sessionsOpenedWithThePasswordBeforeALockCannotFinishSigningIn() {
        var id = newAccount("attack.preopened", Role.INVESTIGATOR);
        var secret = twoFactor.newTotpSecret();
        twoFactor.enableTotp(demo(), id, secret, Totp.now(secret));
        var waiting = new Browser(port);
        waiting.signIn("attack.preopened", PASSWORD, null);
        waiting.get("/login/second-factor");
        // Another session, with the password too, guesses codes until the account locks.
        var guesser = new Browser(port);
        guesser.signIn("attack.preopened", PASSWORD, null);
        for (int i = 0; i < 5; i++) {
            guesser.get("/login/second-factor");
            guesser.post("/login/second-factor", Map.of("code", "00000" + i));
        }
        assertThat(accounts.account(demo(), id).orElseThrow().locked()).isTrue();
        var right = waiting.post("/login/second-factor", Map.of("code", Totp.now(secret)));
        assertThat(Browser.location(right)).doesNotEndWith("/admin");
        assertThat(waiting.get("/admin").statusCode()).isIn(302, 403);
    }

    @Test
    void anAdministratorsResetRevokesThePersonsApiTokens() {
        var id = newAccount("attack.tokens", Role.STAFF);
        var token = tokens.issueToken(demo(), id, "before the reset");
        var client = new Browser(port);
        assertThat(client.send(withToken("/api/v1/me", token.token()).GET().build())
                        .statusCode())
                .isEqualTo(200);
        accounts.resetPassword(demo(), id, "a temporary password 2");
        assertThat(client.send(withToken("/api/v1/me", token.token()).GET().build())
                        .statusCode())
                .isEqualTo(401);
        assertThat(tokens.tokens(demo(), id)).noneMatch(ApiTokens.ApiToken::active);
    }

    @Test
    void signInsSignOutsAndFailedPasswordsAreInTheAuditTrail() {
        var id = newAccount("attack.audited", Role.STAFF);
        var person = new Browser(port);
        person.get("/login");
        person.post("/login", Map.of("username", "attack.audited", "password", "not it"));
        person.signIn("attack.audited", PASSWORD, null);
        person.get("/admin");
        person.post("/logout", Map.of());
        assertThat(jdbc.sql("select action from audit_event where entity_id = :id order by occurred_at, id")
                        .param("id", id.toString())
                        .query(String.class)
                        .list())
                .containsSubsequence("sign-in-failed", "sign-in", "sign-out");
    }

    @Test
    void aNamePaddedWithSpacesIsCountedAsTheNameItIs() {
        newAccount("attack.padded", Role.STAFF);
        var guesser = new Browser(port);
        guesser.get("/login");
        for (int i = 0; i < 5; i++) {
            guesser.post("/login", Map.of("username", "attack.padded" + " ".repeat(61), "password", "guess " + i));
        }
        assertThat(jdbc.sql("select failed_logins from account_user where username = 'attack.padded'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        // And this address now waits before trying that name again, however it is written.
        assertThat(Browser.location(
                        guesser.post("/login", Map.of("username", " ATTACK.padded ", "password", PASSWORD))))
                .endsWith("/login?error");
    }

    @Test
    void aLockSlowsPasswordGuessesButDoesNotCutOffTheOwnersTokens() {
        var id = newAccount("attack.locktoken", Role.STAFF);
        var token = tokens.issueToken(demo(), id, "a program");
        jdbc.sql("update account_user set locked_until = now() + interval '15 minutes' where id = :id")
                .param("id", id)
                .update();
        assertThat(new Browser(port)
                        .send(withToken("/api/v1/me", token.token()).GET().build())
                        .statusCode())
                .isEqualTo(200);
    }
}
