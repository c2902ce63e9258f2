package org.prongsai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThaiFormatTests {

    @Test
    void datesAnAnnouncementTheOfficialWay() {
        assertThat(ThaiFormat.officialDate(LocalDate.of(2023, 10, 2))).isEqualTo("๒ ตุลาคม พ.ศ. ๒๕๖๖");
        assertThat(ThaiFormat.officialDate(LocalDate.of(2023, 9, 16))).isEqualTo("๑๖ กันยายน พ.ศ. ๒๕๖๖");
    }

    @Test
    void showsShortBuddhistEraDatesOnThaiScreensAndGregorianOnEnglishOnes() {
        assertThat(ThaiFormat.screenDate(LocalDate.of(2023, 10, 2), ThaiFormat.THAI))
                .isEqualTo("2 ต.ค. 2566");
        assertThat(ThaiFormat.screenDate(LocalDate.of(2023, 10, 2), Locale.ENGLISH))
                .isEqualTo("2 Oct 2023");
    }

    @Test
    void writesThaiDigitsAndLeavesOtherCharactersAlone() {
        assertThat(ThaiFormat.thaiDigits("ครั้งที่ 1/2566")).isEqualTo("ครั้งที่ ๑/๒๕๖๖");
        assertThat(ThaiFormat.thaiDigits(1234567890L)).isEqualTo("๑๒๓๔๕๖๗๘๙๐");
    }
}
