package org.prongsai.account;

import java.time.Duration;

/** Repeated wrong passwords lock an account for a while, slowing guessing without locking people out for good. */
final class LockoutPolicy {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {}

    static boolean locksAfter(int failedLogins) {
        return failedLogins >= FAILURES_BEFORE_LOCK;
    }
}
