package org.prongsai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiWordsTests {

    @Test
    void findsThaiWordsWrittenWithoutSpaces() {
        assertThat(ThaiWords.words("แผนการใช้จ่ายงบประมาณประจำปี"))
                .contains("ใช้", "จ่าย", "ประจำ")
                .doesNotContain(" ");
        assertThat(ThaiWords.words("ผู้ใหญ่บ้าน, Budget 2567!"))
                .contains("budget", "2567")
                .doesNotContain(",", "!", " ");
    }
}
