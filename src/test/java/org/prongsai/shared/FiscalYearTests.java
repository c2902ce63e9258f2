package org.prongsai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FiscalYearTests {

    @Test
    void fiscalYear2567RunsFromOctober2023ToSeptember2024() {
        var year = FiscalYear.of(2567);
        assertThat(year.start()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void octoberBelongsToTheNextFiscalYear() {
        assertThat(FiscalYear.containing(LocalDate.of(2023, 9, 30))).isEqualTo(FiscalYear.of(2566));
        assertThat(FiscalYear.containing(LocalDate.of(2023, 10, 1))).isEqualTo(FiscalYear.of(2567));
    }

    @Test
    void quartersStartInOctober() {
        var year = FiscalYear.of(2567);
        assertThat(year.quarterOf(LocalDate.of(2023, 10, 1))).isEqualTo(1);
        assertThat(year.quarterOf(LocalDate.of(2023, 12, 31))).isEqualTo(1);
        assertThat(year.quarterOf(LocalDate.of(2024, 1, 1))).isEqualTo(2);
        assertThat(year.quarterOf(LocalDate.of(2024, 9, 30))).isEqualTo(4);
        assertThatThrownBy(() -> year.quarterOf(LocalDate.of(2024, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyDayBelongsToExactlyOneFiscalYear(@ForAll @IntRange(min = 0, max = 36_500) int dayOffset) {
        var day = LocalDate.of(1950, 1, 1).plusDays(dayOffset);
        var year = FiscalYear.containing(day);
        assertThat(year.contains(day)).isTrue();
        assertThat(year.previous().contains(day)).isFalse();
        assertThat(year.next().contains(day)).isFalse();
        assertThat(year.quarterOf(day)).isBetween(1, 4);
    }
}
