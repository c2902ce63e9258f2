package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** "Done" is the day the work was done, which the quarterly report counts in its quarter, not the day it was clicked. */
@ProngsaiTest
class DoneOnTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    MeasureTracking tracking;

    @Test
    void takesTheDayItWasDoneWithinThePlansYearAndNotAfterToday() {
        var agency = agencies.findIdBySlug("done-on")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "done-on", "", "องค์การบริหารส่วนตำบลเสร็จสิ้น", "", AgencyKind.SAO, "S", "ขอนแก่น")));
        agencies.addUnit(agency, new UnitForm("กองคลัง", "Finance Division", null, null, 1));
        improvement.create(agency, TrackingTests.plan("ติดตามวันเสร็จ", 2569));
        var today = LocalDate.of(2026, 3, 10);
        var first = tracking.board(agency, null, today).stream()
                .filter(o -> o.planYear() == 2569)
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() ->
                        tracking.changeStatus(agency, first.id(), Occurrence.Status.DONE, today.plusDays(1), today))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.track.done-in-future");
        // FY2569 began on 1 October 2025.
        assertThatThrownBy(() -> tracking.changeStatus(
                        agency, first.id(), Occurrence.Status.DONE, LocalDate.of(2025, 9, 30), today))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.track.done-before-year");

        tracking.changeStatus(agency, first.id(), Occurrence.Status.DONE, LocalDate.of(2025, 12, 20), today);
        assertThat(tracking.occurrence(agency, first.id()).orElseThrow().doneOn())
                .isEqualTo(LocalDate.of(2025, 12, 20));
    }
}
