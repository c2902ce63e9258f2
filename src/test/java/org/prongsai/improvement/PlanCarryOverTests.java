package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Next year's plan from last year's with one button: dates a year on, unfinished work noted, items renumbered. */
@ProngsaiTest
class PlanCarryOverTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    MeasureTracking tracking;

    @Autowired
    PlanCarryOver carryOver;

    @Autowired
    org.prongsai.framework.FrameworkCatalog frameworks;

    private AgencyId agency() {
        var agency = agencies.findIdBySlug("carry-over")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "carry-over", "", "องค์การบริหารส่วนตำบลสืบต่อ", "", AgencyKind.SAO, "S", "ขอนแก่น")));
        if (agencies.units(agency).isEmpty()) {
            agencies.addUnit(agency, new UnitForm("กองคลัง", "Finance Division", null, null, 1));
        }
        return agency;
    }

    @Test
    void copiesLastYearsPlanWithDatesAYearOnAndItemsOfTheNewNumbering() {
        var agency = agency();
        // The FY2568 plan answers the 2567 assessment (O1–O43): O28 is the complaint channel, O42 the improvement
        // measures.
        var last = TrackingTests.plan("งบประมาณไม่เปิดเผย", 2568);
        var row = last.rows().get(0);
        var once = row.measures().get(1);
        improvement.create(
                agency,
                last.withRows(List.of(new PlanDocument.Row(
                        row.tool(),
                        row.indicator(),
                        row.indicatorLabel(),
                        row.reference(),
                        row.assessment(),
                        row.issue(),
                        row.measuresIntro(),
                        List.of(
                                row.measures().get(0),
                                new PlanDocument.Measure(
                                        once.text(),
                                        once.unit(),
                                        once.responsible(),
                                        once.startsOn(),
                                        once.dueOn(),
                                        once.recurrence(),
                                        once.expectedOutput(),
                                        List.of("O28", "O42")))))));
        // The one-off measure is done; the monthly one is not.
        var done = tracking.board(agency, null, LocalDate.of(2025, 1, 1)).stream()
                .filter(o -> o.planYear() == 2568 && o.measure().equals(once.text()))
                .findFirst()
                .orElseThrow();
        tracking.changeStatus(agency, done.id(), Occurrence.Status.DONE, LocalDate.of(2024, 11, 15));

        var copy = carryOver.copyPreviousYear(agency, 2569);
        assertThat(copy.assessedYear()).isEqualTo(2568);
        assertThat(copy.announcedOn()).isNull();
        var measures = copy.rows().get(0).measures();
        assertThat(measures).hasSize(2);
        assertThat(measures.get(0).text()).contains("(ดำเนินการต่อจากปีงบประมาณ 2568)");
        // 2567's O11 (the spending plan) has no item of known meaning in 2568's list: left out, and said so.
        assertThat(measures.get(0).text()).contains("ข้อ OIT O11 ของปี 2567 ไม่มีข้อที่ตรงกันในปี 2568");
        assertThat(measures.get(0).unit()).isEqualTo("กองคลัง");
        assertThat(measures.get(0).responsible()).isEqualTo("นางสาวกนกวรรณ ทองดี");
        assertThat(measures.get(1).text()).doesNotContain("ดำเนินการต่อ");
        assertThat(measures.get(1).dueOn()).isEqualTo(once.dueOn().plusYears(1));
        // Cited by the 2568 numbering (26 items), followed by what each item means: the complaint channel is O18
        // there. The improvement measures' item of 2568 is not known yet (O25 or O26): left out, and said so.
        var complaintChannel = frameworks.find(2568).orElseThrow().itemsMeaning("complaint-channel").stream()
                .map(org.prongsai.framework.OitItem::id)
                .toList();
        assertThat(complaintChannel).containsExactly("O18");
        assertThat(measures.get(1).oitItems()).containsExactly("O18");
        assertThat(measures.get(1).text()).contains("ข้อ OIT O42 ของปี 2567 ไม่มีข้อที่ตรงกันในปี 2568");
        // The new plan's own tracking starts afresh; last year's record stays as it was.
        assertThat(tracking.board(agency, null, LocalDate.of(2025, 1, 1)).stream()
                        .filter(o -> o.planYear() == 2568 && o.status() == Occurrence.Status.DONE)
                        .count())
                .isEqualTo(1);

        // A second copy would replace the plan and its tracked work: refused, as starting a plan twice is.
        assertThatThrownBy(() -> carryOver.copyPreviousYear(agency, 2569)).isInstanceOf(PlanRefused.class);
        assertThat(improvement.plan(agency, 2569).orElseThrow().rows()).hasSize(1);
        // Without last year's plan there is nothing to copy.
        assertThatThrownBy(() -> carryOver.copyPreviousYear(agency, 2567))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.copy.no-previous");
    }
}
