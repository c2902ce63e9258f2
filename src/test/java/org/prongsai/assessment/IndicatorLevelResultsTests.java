package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.assessment.scoring.Answers;
import org.prongsai.assessment.scoring.Problem;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringInput;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results at the level the NACC's reports publish (indicators and the total) are scored with the same
 * formulas, show their weak points, and a total that contradicts them is saved only once confirmed.
 */
@ProngsaiTest
class IndicatorLevelResultsTests {

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    ResultTemplates templates;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    FrameworkCatalog frameworks;

    /** Indicators 1–10 as a report prints them: IIT 90, EIT 92, OIT 81.45 on average. */
    private static String csv(String total) {
        return "kind,id,channel,value,respondents\n"
                + "indicator,1,,90,\nindicator,2,,90,\nindicator,3,,90,\nindicator,4,,90,\nindicator,5,,90,\n"
                + "indicator,6,,92,\nindicator,7,,92,\nindicator,8,,92,\n"
                + "indicator,9,,80.00,\nindicator,10,,82.90,\n"
                + "total,,," + total + ",\n";
    }

    @Test
    void indicatorsAloneGiveTheTotalAndTheWeakPoints() {
        var agency = agencies.findIdBySlug("indicatorsonly")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "indicatorsonly", "", "เทศบาลตำบลตัวชี้วัด", "Indicator Town", AgencyKind.SAO, "M", "ลำปาง")));
        // 0.3 × 90 + 0.3 × 92 + 0.4 × 81.45 = 87.18
        var right = assessments.preview(2566, "report.csv", csv("87.18").getBytes(StandardCharsets.UTF_8));
        assertThat(right.canSave()).isTrue();
        assertThat(right.computedTotal()).isCloseTo(87.18, within(0.001));
        assertThat(right.totalDisagrees()).isFalse();

        // A published total that contradicts its own indicators is not saved unless a person confirms it.
        var wrong = csv("99.99").getBytes(StandardCharsets.UTF_8);
        assertThat(assessments.preview(2566, "typo.csv", wrong).totalDisagrees())
                .isTrue();
        assessments.importOfficial(agency, 2566, "typo.csv", wrong, false);
        assertThat(assessments.official(agency, 2566)).isEmpty();
        assessments.importOfficial(agency, 2566, "typo.csv", wrong, true);
        assertThat(assessments.official(agency, 2566)).isPresent();

        assessments.importOfficial(agency, 2566, "report.csv", csv("87.18").getBytes(StandardCharsets.UTF_8), false);
        var breakdown = assessments.breakdown(agency, 2566).orElseThrow();
        assertThat(breakdown.total().shown()).isEqualTo(87.18);
        assertThat(breakdown.indicators().get(9).formula()).isEqualTo("indicator 9 = 80.00 (given)");
        assertThat(assessments.weakPoints(agency, 2566, 85))
                .extracting(WeakPoint::id)
                .containsExactlyInAnyOrder("indicator-9", "indicator-10");
    }

    @Test
    void aMissingToolAndUnknownSamplesAreSaidBesideTheTotal() {
        var framework = frameworks.find(2566).orElseThrow();
        var iitOnly = new Scorer(framework)
                .score(new ScoringInput(
                        Map.of("i1", Answers.ofScore(90, null)),
                        null,
                        null,
                        Map.of("O1", org.prongsai.assessment.scoring.OitVerdict.PASS),
                        "SAO",
                        "M"));
        assertThat(iitOnly.warnings())
                .extracting(Problem::key)
                .contains("scoring.tool.missing", "scoring.indicator.missing", "scoring.sample.unknown");
        assertThat(iitOnly.warnings())
                .filteredOn(p -> p.key().equals("scoring.tool.missing"))
                .extracting(p -> p.arg(0))
                .containsExactly("EIT");
    }

    @Test
    void theTemplateExplainsItselfAndImportsWhatWasFilledIn() throws Exception {
        var csv = new String(templates.templateCsv(2566), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("ข้อคำถามหรือรายการ")
                .contains("PASS / FAIL / NOT_APPLICABLE")
                .contains("ท่านทราบข้อมูลเกี่ยวกับงบประมาณ");
        // Only the indicator and total lines filled in, as from a published report: the rest is skipped.
        var filled = new StringBuilder();
        for (var line : csv.split("\r\n")) {
            var cells = line.split(",", -1);
            if (line.startsWith("indicator,")) {
                line = "indicator," + cells[1] + ",,88,";
            } else if (line.startsWith("total,")) {
                line = "total,,,88.00,";
            }
            filled.append(line).append("\r\n");
        }
        var preview = assessments.preview(2566, "filled.csv", filled.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(11);
        assertThat(preview.totalDisagrees()).isFalse();

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(templates.templateXlsx(2566)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getSheetName()).startsWith("คำอธิบาย");
        }
        // The untouched template reads (its instructions sheet aside) as nothing to import, not as errors.
        var untouched = assessments.preview(2566, "template.xlsx", templates.templateXlsx(2566));
        assertThat(untouched.problems()).extracting(RowProblem::key).containsExactly("assessment.import.no-rows");
        assertThat(untouched.rows()).isEmpty();
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void thePublicResultsPageShowsTheLevelBesideTheGradeFrom2568() {
        var demo = agencies.findIdBySlug("banprongsai").orElseThrow();
        assessments.importOfficial(demo, 2569, "report.csv", csv("87.18").getBytes(StandardCharsets.UTF_8), false);
        var port = environment.getProperty("local.server.port", Integer.class);
        var page = new org.prongsai.support.Browser(port).get("/ita");
        assertThat(page.statusCode()).isEqualTo(200);
        // 87.18 passes, but OIT at 81.45 is under the 85 every tool needs for ผ่านดี: ผ่าน (provisional).
        assertThat(page.body())
                .contains("2569")
                .contains("87.18")
                .contains("ผ่าน")
                .contains("ยังไม่ยืนยัน");
        var open = new org.prongsai.support.Browser(port)
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/opendata/ita-results.csv"))
                        .build());
        assertThat(open.body()).contains("level").contains("2569,87.18");
    }
}
