package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    @Test
    void aMonthlyMeasureIsDueAtTheEndOfEveryMonthOfThePlanYear() {
        var dates = Schedule.occurrences(PlanDocument.Recurrence.MONTHLY, null, 2567);
        assertThat(dates).hasSize(12);
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(dates.get(4)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dates.get(11)).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aQuarterlyMeasureIsDueAtTheEndOfEachQuarter() {
        assertThat(Schedule.occurrences(PlanDocument.Recurrence.QUARTERLY, null, 2567))
                .containsExactly(
                        LocalDate.of(2023, 12, 31),
                        LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 9, 30));
    }

    @Test
    void aOneOffMeasureIsDueOnItsDateAndOneAtEachActivityWaitsForItsActivities() {
        assertThat(Schedule.occurrences(PlanDocument.Recurrence.NONE, LocalDate.of(2024, 5, 1), 2567))
                .containsExactly(LocalDate.of(2024, 5, 1));
        assertThat(Schedule.occurrences(PlanDocument.Recurrence.PER_ACTIVITY, null, 2567))
                .isEmpty();
    }

    static Occurrence occurrence(Occurrence.Status status, boolean dropped, LocalDate due) {
        return new Occurrence(
                UUID.randomUUID(),
                UUID.randomUUID(),
                2567,
                "IIT",
                "2",
                "i7",
                "ประชุม",
                "กองคลัง",
                UUID.randomUUID(),
                due,
                status,
                null,
                dropped,
                0,
                1);
    }

    @Test
    void isLateOnlyWhenPastDueAndNeitherDoneNorDropped() {
        var due = LocalDate.of(2024, 1, 31);
        assertThat(occurrence(Occurrence.Status.PLANNED, false, due).lateOn(due))
                .isFalse();
        assertThat(occurrence(Occurrence.Status.IN_PROGRESS, false, due).lateOn(due.plusDays(1)))
                .isTrue();
        assertThat(occurrence(Occurrence.Status.DONE, false, due).lateOn(due.plusDays(1)))
                .isFalse();
        assertThat(occurrence(Occurrence.Status.PLANNED, true, due).lateOn(due.plusDays(1)))
                .isFalse();
    }

    @Test
    void refusesToChangeWhatIsDoneOrDroppedOrToGoBack() {
        assertThatThrownBy(() -> occurrence(Occurrence.Status.DONE, false, null).next(Occurrence.Status.IN_PROGRESS))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("improvement.track.already-done");
        assertThatThrownBy(
                        () -> occurrence(Occurrence.Status.PLANNED, true, null).next(Occurrence.Status.DONE))
                .hasMessageContaining("improvement.track.is-dropped");
        assertThatThrownBy(() ->
                        occurrence(Occurrence.Status.IN_PROGRESS, false, null).next(Occurrence.Status.PLANNED))
                .hasMessageContaining("improvement.track.cannot-go-back");
        assertThat(occurrence(Occurrence.Status.PLANNED, false, null).next(Occurrence.Status.DONE))
                .isEqualTo(Occurrence.Status.DONE);
    }
}
