package org.prongsai.account;

import java.time.Duration;

/**
 * Guessing is slowed without letting a stranger lock the owner out for long. Wrong passwords from one address
 * for one account make that address wait, longer each time (the owner, elsewhere, is not held up). Past many
 * wrong passwords from anywhere (guessing spread over many addresses) the account itself is held back, for a
 * delay that starts short and grows with each further one, up to 15 minutes. Wrong codes lock it for 15 minutes
 * after a few, since whoever sends them already has the password.
 */
final class LockoutPolicy {

    static final int PASSWORD_FAILURES_BEFORE_DELAY = 20;
    static final int CODE_FAILURES_BEFORE_LOCK = 5;
    static final int ADDRESS_FAILURES_BEFORE_DELAY = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {}

    /** How long the account is held back after its {@code failures}-th wrong password from anywhere. */
    static Duration accountDelay(int failures) {
        return growing(failures, PASSWORD_FAILURES_BEFORE_DELAY);
    }

    /** How long the account is locked after its {@code failures}-th wrong code. */
    static Duration codeLock(int failures) {
        return failures >= CODE_FAILURES_BEFORE_LOCK ? LOCK_DURATION : Duration.ZERO;
    }

    /** How long one address waits after its {@code failures}-th wrong password for one account. */
    static Duration addressDelay(int failures) {
        return growing(failures, ADDRESS_FAILURES_BEFORE_DELAY);
    }

    /** Nothing before {@code from} failures, then 30 s, 1 min, 2 min … up to 15 min. */
    private static Duration growing(int failures, int from) {
        if (failures < from) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - from, 5);
        var delay = Duration.ofSeconds(30L << doublings);
        return delay.compareTo(LOCK_DURATION) > 0 ? LOCK_DURATION : delay;
    }
}
