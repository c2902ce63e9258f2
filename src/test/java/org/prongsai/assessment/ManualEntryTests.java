package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class ManualEntryTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    AgencyManagement agencies;

    @Test
    void keepsWhatWasTypedWhenAFieldIsWrongAndSavesWhenRight() {
        var browser = new Browser(port);
        browser.signIn("ita", "prongsai-demo", null);
        browser.get("/admin/ita/2568/entry");
        var wrong = browser.post(
                "/admin/ita/2568/entry",
                Map.of(
                        "scores[IIT.i1]",
                        "85.5",
                        "respondents[IIT.i1]",
                        "-4",
                        "scores[EP.e2]",
                        "120",
                        "oit[O1]",
                        "PASS",
                        "total",
                        "88"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("จำนวนผู้ตอบ -4 ติดลบไม่ได้")
                .contains("คะแนน 120 ต้องอยู่ระหว่าง 0 ถึง 100")
                .contains("value=\"85.5\"")
                .contains("value=\"120\"")
                // Each problem stands beside its own field, which says it is invalid.
                .containsPattern(
                        "name=\"respondents\\[IIT.i1]\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*name=\"respondents\\[IIT.i1]\"")
                .containsPattern(
                        "name=\"scores\\[EP.e2]\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*name=\"scores\\[EP.e2]\"");
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        assertThat(assessments.official(agency, 2568)).isEmpty();

        // Right figures, but a total of 88 that these rows do not give: said, and saved once confirmed.
        var unconfirmed = browser.post(
                "/admin/ita/2568/entry",
                Map.of(
                        "scores[IIT.i1]",
                        "85.5",
                        "respondents[IIT.i1]",
                        "40",
                        "scores[EP.e2]",
                        "92",
                        "oit[O1]",
                        "PASS",
                        "total",
                        "88"));
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body())
                .contains("คะแนนรวมที่ให้มา (88.00) ต่างจากคะแนนรวมที่คำนวณ")
                .contains("name=\"confirmTotal\"");
        assertThat(assessments.official(agency, 2568)).isEmpty();
        var right = browser.post(
                "/admin/ita/2568/entry",
                Map.of(
                        "scores[IIT.i1]",
                        "85.5",
                        "respondents[IIT.i1]",
                        "40",
                        "scores[EP.e2]",
                        "92",
                        "oit[O1]",
                        "PASS",
                        "total",
                        "88",
                        "confirmTotal",
                        "true"));
        assertThat(Browser.location(right)).endsWith("/admin/ita/2568");
        var saved = assessments.official(agency, 2568).orElseThrow();
        assertThat(saved.questions().get("IIT").get("i1").respondents()).isEqualTo(40);
        assertThat(saved.total()).isEqualByComparingTo("88");
        assertThat(browser.get("/admin/ita/2568/entry").body()).contains("value=\"85.50\"");
    }
}
