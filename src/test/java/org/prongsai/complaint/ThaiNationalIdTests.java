package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiNationalIdTests {

    @Test
    void checksTheLastDigitOverTheFirstTwelve() {
        // 1-1037-02071-81-1: Σ = 1·13 + 1·12 + 0·11 + 3·10 + 7·9 + 0·8 + 2·7 + 0·6 + 7·5 + 1·4 + 8·3 + 1·2 = 197;
        // 197 mod 11 = 10; (11 − 10) mod 10 = 1.
        assertThat(ThaiNationalId.valid("1103702071811")).isTrue();
        assertThat(ThaiNationalId.valid("1-1037-02071-81-1")).isTrue();
        assertThat(ThaiNationalId.valid("๑๑๐๓๗๐๒๐๗๑๘๑๑")).isTrue();
        assertThat(ThaiNationalId.valid("1103702071812")).isFalse();
        assertThat(ThaiNationalId.valid("110370207181")).isFalse();
        assertThat(ThaiNationalId.valid("11037020718x1")).isFalse();
        assertThat(ThaiNationalId.valid(null)).isFalse();
    }

    @Test
    void aCaseMovesOnlyAsTheGuidelineAllows() {
        assertThat(CaseStatus.RECEIVED.next()).containsExactlyInAnyOrder(CaseStatus.ACKNOWLEDGED, CaseStatus.DISMISSED);
        assertThat(CaseStatus.FORWARDED.next()).containsExactly(CaseStatus.RESOLVED);
        assertThat(CaseStatus.RESOLVED.next()).isEmpty();
        assertThat(CaseStatus.DISMISSED.needsReason()).isTrue();
        assertThat(CaseStatus.ACKNOWLEDGED.needsReason()).isFalse();
    }

    @Test
    void receiptsAreReadAsTypedWithThaiDigitsAndSpaces() {
        assertThat(Receipts.read("1234 5678 9012 3456 7890")).contains("12345678901234567890");
        assertThat(Receipts.read("๑๒๓๔-๕๖๗๘-๙๐๑๒-๓๔๕๖-๗๘๙๐")).contains("12345678901234567890");
        assertThat(Receipts.read("1234")).isEmpty();
        assertThat(Receipts.read("1234 5678 9012 3456 789O")).isEmpty();
    }
}
