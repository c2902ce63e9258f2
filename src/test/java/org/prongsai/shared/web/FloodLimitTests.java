package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A flood of forms from one address is refused after its allowance, with a page that says how long to wait. */
@ProngsaiTest
@TestPropertySource(properties = "prongsai.flood.enabled=true")
// Every test here comes from the same address; each starts with its allowance full. The password guesses run
// last, since they leave the address slowed for sign-ins, as they must.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FloodLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FloodLimit flood;

    @Autowired
    org.prongsai.agency.AgencyManagement agencies;

    @Autowired
    org.prongsai.complaint.Complaints complaints;

    @BeforeEach
    void startWithAFullAllowance() {
        flood.forgetAll();
    }

    @Test
    void aBotsFloodOfQuestionsIsRefusedAfterThirtyAndStaffAreNotLimited() {
        var bot = new Browser(port);
        bot.get("/qa");
        // An English reader on the same network, ready before the flood so that its post comes right after it.
        var english = new Browser(port);
        english.get("/qa?lang=en");
        english.get("/qa");
        int accepted = 0;
        java.net.http.HttpResponse<String> last = null;
        for (int i = 0; i < 60; i++) {
            last = bot.post("/qa", Map.of("name", "", "question", "ขายยาลดความอ้วนราคาถูก " + i, "website", ""));
            if (last.statusCode() == 302) {
                accepted++;
            }
        }
        // Thirty at once, and one more for every two seconds the flood lasted (the allowance refills steadily).
        assertThat(accepted).isBetween(30, 34);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("ส่งแบบฟอร์มถี่เกินไป").contains("วินาที");
        assertThat(jdbc.sql("select count(*) from participation_question where question like 'ขายยาลดความอ้วน%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(accepted);
        assertThat(english.post("/qa", Map.of("name", "", "question", "Is the office open on Saturday?", "website", ""))
                        .body())
                .contains("Too many forms sent");

        // Staff signed in are not counted: their forms are theirs, not a bot's.
        var staff = new Browser(port);
        assertThat(staff.signIn("staff", "prongsai-demo", null)).endsWith("/admin");
        staff.get("/admin/news");
        var news = staff.post(
                "/admin/news",
                Map.of("title", "ข่าวหลังน้ำท่วมแบบฟอร์ม", "body", "เนื้อข่าว", "publishedOn", "2026-11-20"));
        assertThat(news.statusCode()).isEqualTo(302);
    }

    @Test
    void guessingAComplaintReceiptIsStoppedAfterTenTriesAMinute() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var received = complaints.submit(
                agency,
                new org.prongsai.complaint.ReportForm(
                        org.prongsai.complaint.Channel.GENERAL,
                        true,
                        "",
                        "ขยะไม่ได้เก็บมาสองสัปดาห์ที่หมู่สี่",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""));
        var guesser = new Browser(port);
        guesser.get("/complaints/status");
        // Each answer takes a second (right or wrong alike), and the allowance refills by one every six: ten at
        // once, then one more for every six seconds the guessing lasted, and then a refusal.
        long start = System.nanoTime();
        int answered = 0;
        java.net.http.HttpResponse<String> last = null;
        for (int i = 0; i < 30; i++) {
            last = guesser.post("/complaints/status", Map.of("receipt", String.format("%020d", i)));
            if (last.statusCode() == 429) {
                break;
            }
            assertThat(last.body()).contains("ไม่พบเรื่องจากรหัสนี้");
            answered++;
        }
        long seconds = java.time.Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(answered).isBetween(10, 10 + (int) (seconds / 6) + 1);
        // Refused before it is checked, even the right receipt: guessing cannot go faster.
        var refused = guesser.post("/complaints/status", Map.of("receipt", received.receipt()));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).doesNotContain("ขยะไม่ได้เก็บ");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void passwordGuessesFromOneAddressAreSlowedAcrossAccounts() {
        var guesser = new Browser(port);
        guesser.get("/login");
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            var answer = guesser.post("/login", Map.of("username", "user" + i, "password", "guess " + i));
            if (answer.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
        // Even the right password waits its turn.
        var right = guesser.post("/login", Map.of("username", "ita", "password", "prongsai-demo"));
        assertThat(right.statusCode()).isEqualTo(429);
    }

    @Test
    void someoneWhoGaveAPasswordButOwesTheCodeIsLimitedLikeAnyone() {
        var pending = new Browser(port);
        assertThat(pending.signIn("investigator", "prongsai-demo", null)).endsWith("/login/second-factor");
        pending.get("/qa");
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            if (pending.post("/qa", Map.of("name", "", "question", "คำถามจากผู้ยังไม่ยืนยันรหัส " + i, "website", ""))
                            .statusCode()
                    == 429) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void anIpv6ClientCountsAsItsWholeSlash64() {
        assertThat(FloodLimit.network("2001:db8:1:2:aaaa::1")).isEqualTo(FloodLimit.network("2001:db8:1:2:bbbb::2"));
        assertThat(FloodLimit.network("2001:db8:1:2::1")).isNotEqualTo(FloodLimit.network("2001:db8:1:3::1"));
        assertThat(FloodLimit.network("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
