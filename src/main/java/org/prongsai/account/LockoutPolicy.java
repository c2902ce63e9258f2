package org.prongsai.account;

import java.time.Duration;

/**
 * Guessing is slowed without letting a stranger lock the owner out. Wrong passwords from one address for one
 * account make that address wait, longer each time (the owner, elsewhere, is not held up); the account itself
 * locks only after many wrong passwords from anywhere (guessing spread over many addresses). Wrong codes lock
 * it after a few, since whoever sends them already has the password.
 */
final class LockoutPolicy {

    static final int PASSWORD_FAILURES_BEFORE_LOCK = 20;
    static final int CODE_FAILURES_BEFORE_LOCK = 5;
    static final int ADDRESS_FAILURES_BEFORE_DELAY = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {}

    static boolean locksAfter(int failures, int limit) {
        return failures >= limit;
    }

    /** How long one address waits after its {@code failures}-th wrong password for one account: 0, then 30 s, 1 min, … 15 min. */
    static Duration addressDelay(int failures) {
        if (failures < ADDRESS_FAILURES_BEFORE_DELAY) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - ADDRESS_FAILURES_BEFORE_DELAY, 5);
        var delay = Duration.ofSeconds(30L << doublings);
        return delay.compareTo(LOCK_DURATION) > 0 ? LOCK_DURATION : delay;
    }
}
