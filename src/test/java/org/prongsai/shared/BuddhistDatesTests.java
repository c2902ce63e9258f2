package org.prongsai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuddhistDatesTests {

    @Test
    void readsDatesAsOfficesTypeThem() {
        assertThat(BuddhistDates.parse("16/09/2566")).isEqualTo(LocalDate.of(2023, 9, 16));
        assertThat(BuddhistDates.parse(" 1/10/2569 ")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(BuddhistDates.parse("๑๖/๐๙/๒๕๖๖")).isEqualTo(LocalDate.of(2023, 9, 16));
        assertThat(BuddhistDates.parse("16.09.2566")).isEqualTo(LocalDate.of(2023, 9, 16));
        assertThat(BuddhistDates.parse("")).isNull();
        assertThat(BuddhistDates.parse(null)).isNull();
    }

    @Test
    void readsAnIsoDateAsChristianEraUnlessItsYearIsPlainlyBuddhist() {
        assertThat(BuddhistDates.parse("2023-09-16")).isEqualTo(LocalDate.of(2023, 9, 16));
        // What a B.E. year typed into a Christian-Era picker sends: never พ.ศ. ๓๑๐๙.
        assertThat(BuddhistDates.parse("2566-09-16")).isEqualTo(LocalDate.of(2023, 9, 16));
    }

    @Test
    void refusesImpossibleDatesWithAReason() {
        assertThatThrownBy(() -> BuddhistDates.parse("16/09/2023"))
                .isInstanceOfSatisfying(
                        BuddhistDates.Refused.class, e -> assertThat(e.key()).isEqualTo("date.not-buddhist-year"));
        assertThatThrownBy(() -> BuddhistDates.parse("16/09/3109"))
                .isInstanceOfSatisfying(
                        BuddhistDates.Refused.class, e -> assertThat(e.key()).isEqualTo("date.year-out-of-range"));
        assertThatThrownBy(() -> BuddhistDates.parse("31/02/2567"))
                .isInstanceOfSatisfying(
                        BuddhistDates.Refused.class, e -> assertThat(e.key()).isEqualTo("date.no-such-day"));
        assertThatThrownBy(() -> BuddhistDates.parse("เมื่อวาน"))
                .isInstanceOfSatisfying(
                        BuddhistDates.Refused.class, e -> assertThat(e.key()).isEqualTo("date.unreadable"));
    }

    @Test
    void showsADateForEditingInBuddhistEra() {
        assertThat(BuddhistDates.format(LocalDate.of(2023, 9, 16))).isEqualTo("16/09/2566");
        assertThat(BuddhistDates.format(null)).isEmpty();
    }
}
