package org.prongsai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    @Test
    void anAddressWaitsAfterFiveWrongPasswordsLongerEachTimeUpToFifteenMinutes() {
        assertThat(LockoutPolicy.addressDelay(4)).isZero();
        assertThat(LockoutPolicy.addressDelay(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LockoutPolicy.addressDelay(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LockoutPolicy.addressDelay(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LockoutPolicy.addressDelay(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LockoutPolicy.addressDelay(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theAccountIsHeldBackOnlyAfterTwentyFromAnywhereShortlyAtFirst() {
        assertThat(LockoutPolicy.accountDelay(19)).isZero();
        assertThat(LockoutPolicy.accountDelay(20)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LockoutPolicy.accountDelay(21)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LockoutPolicy.accountDelay(100)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fiveWrongCodesLockForFifteenMinutes() {
        assertThat(LockoutPolicy.codeLock(4)).isZero();
        assertThat(LockoutPolicy.codeLock(5)).isEqualTo(Duration.ofMinutes(15));
    }
}
