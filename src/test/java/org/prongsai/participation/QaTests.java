package org.prongsai.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.FiscalYear;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProngsaiTest
class QaTests {

    @LocalServerPort
    int port;

    @Autowired
    Participation participation;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenAsksStaffAnswerInPublicAndItCountsForO8() {
        var citizen = new Browser(port);
        citizen.get("/qa");
        var tooShort = citizen.post("/qa", Map.of("name", "", "question", "สั้น", "website", ""));
        assertThat(tooShort.body())
                .contains("คำถามต้องยาว 10 ถึง 2,000 ตัวอักษร")
                .contains("สั้น");
        var asked = citizen.post(
                "/qa",
                Map.of(
                        "name",
                        "<b>ชาวบ้าน</b>",
                        "question",
                        "เก็บขยะหมู่ที่ 4 วันไหนบ้างครับ <script>alert(1)</script>",
                        "website",
                        ""));
        assertThat(Browser.location(asked)).endsWith("/qa?asked");
        assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("PRONGSAI_SESSION="));
        assertThat(citizen.get(Browser.location(asked).replaceFirst("^https?://[^/]+", ""))
                        .body())
                .contains("ได้รับคำถามแล้ว")
                .doesNotContain("เก็บขยะหมู่ที่ 4");

        // A bot filling the hidden field is dropped without a word.
        citizen.post("/qa", Map.of("name", "", "question", "ซื้อยาราคาถูกที่นี่ ติดต่อด่วน", "website", "http://spam"));
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        assertThat(participation.all(agency)).noneMatch(q -> q.question().contains("ซื้อยา"));

        var question = participation.all(agency).stream()
                .filter(q -> q.question().contains("เก็บขยะ"))
                .findFirst()
                .orElseThrow();
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        staff.get("/admin/qa");
        staff.post("/admin/qa/" + question.id(), Map.of("answer", "ทุกวันอังคารและวันศุกร์ครับ"));
        var page = citizen.get("/qa").body();
        assertThat(page)
                .contains("ทุกวันอังคารและวันศุกร์ครับ")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert(1)")
                .contains("&lt;b&gt;ชาวบ้าน&lt;/b&gt;");
        int year = FiscalYear.containing(java.time.LocalDate.now()).buddhistYear();
        assertThat(participation.answeredIn(agency, year)).isPositive();
        assertThat(jdbc.sql(
                                "select count(*) from information_schema.columns where table_name = 'participation_question'"
                                        + " and column_name like '%ip%'")
                        .query(Long.class)
                        .single())
                .as("no IP address is kept")
                .isZero();
    }

    @Test
    void staffPageThroughEveryQuestionAndHideSpamWhichStaysStoredButUnlisted() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        for (int i = 0; i < 60; i++) {
            participation.ask(agency, new QuestionForm("", "คำถามทดสอบการแบ่งหน้า ลำดับที่ " + i, ""));
        }
        participation.ask(agency, new QuestionForm("", "ซื้อสลากออนไลน์ได้ที่ลิงก์นี้ สแปม", ""));
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        var first = staff.get("/admin/qa").body();
        assertThat(first).contains("หน้า 1 จาก").contains("รอคำตอบ (");
        var spam = participation.list(agency, Participation.Show.WAITING, 0, 500).questions().stream()
                .filter(q -> q.question().contains("สแปม"))
                .findFirst()
                .orElseThrow();
        assertThat(participation.list(agency, Participation.Show.WAITING, 1, 50).questions())
                .isNotEmpty();
        staff.post("/admin/qa/" + spam.id() + "/hide", Map.of());
        assertThat(participation
                        .list(agency, Participation.Show.WAITING, 0, 500)
                        .questions())
                .noneMatch(q -> q.id().equals(spam.id()));
        assertThat(participation.list(agency, Participation.Show.HIDDEN, 0, 50).questions())
                .anyMatch(q -> q.id().equals(spam.id()));
        assertThat(staff.get("/admin/qa?show=HIDDEN").body()).contains("ซื้อสลากออนไลน์");
        assertThat(staff.get("/admin/qa?show=nonsense").statusCode()).isEqualTo(400);

        // A hidden question cannot be answered into the public list.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> participation.answer(agency, spam.id(), "คำตอบ"))
                .hasMessage("participation.answer.taken");
        assertThat(participation.answered(agency)).noneMatch(q -> q.id().equals(spam.id()));
        // Nor is a published answer replaced by a second one (another officer, a page from the history).
        var asked = "ขอทราบเวลาเปิดทำการของศูนย์บริการ " + java.util.UUID.randomUUID();
        participation.ask(agency, new QuestionForm("", asked, ""));
        var question = participation.list(agency, Participation.Show.ALL, 0, 500).questions().stream()
                .filter(q -> q.question().equals(asked))
                .findFirst()
                .orElseThrow();
        participation.answer(agency, question.id(), "เปิดทุกวันทำการ 08.30–16.30 น.");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> participation.answer(agency, question.id(), "คำตอบที่สองจากหน้าเก่า"))
                .hasMessage("participation.answer.taken");
        assertThat(participation.answered(agency))
                .filteredOn(q -> q.id().equals(question.id()))
                .extracting(Question::answer)
                .containsExactly("เปิดทุกวันทำการ 08.30–16.30 น.");
    }
}
