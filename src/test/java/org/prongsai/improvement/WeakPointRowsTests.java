package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft from the weak points lists the questions as people count them, and the "keep" rows only if asked. */
@ProngsaiTest
class WeakPointRowsTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    ImprovementManagement improvement;

    @Test
    void ordersQuestionsByNumberAndAddsKeepRowsOnlyWhenAsked() {
        var agency = agencies.findIdBySlug("weak-order")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "weak-order", "", "องค์การบริหารส่วนตำบลเรียงข้อ", "", AgencyKind.SAO, "S", "ขอนแก่น")));
        var csv = "kind,id,channel,value,respondents\nquestion,e10,ES,60,30\nquestion,e6,ES,60,30\n"
                + "question,e7,ES,60,30\ntotal,,,80,\n";
        assertThat(assessments
                        .importOfficial(agency, 2566, "order.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                        .canSave())
                .isTrue();

        var without = improvement.startFromWeakPoints(agency, 2567, false);
        assertThat(without.rows()).extracting(PlanDocument.Row::reference).containsExactly("e6", "e7", "e10");
        assertThat(without.rows()).noneMatch(r -> "ควรรักษามาตรฐานไว้".equals(r.assessment()));

        var with = improvement.startFromWeakPoints(agency, 2567, true);
        assertThat(with.rows()).anyMatch(r -> "ควรรักษามาตรฐานไว้".equals(r.assessment()));
        assertThat(with.rows().stream()
                        .map(PlanDocument.Row::reference)
                        .filter(r -> r != null)
                        .toList())
                .containsExactly("e6", "e7", "e10");
    }
}
