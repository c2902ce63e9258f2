package org.prongsai.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.web.FloodLimit;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords for one account from one address make that address wait before it may try that account
 * again, longer each time ({@link LockoutPolicy#addressDelay}); the owner signing in from elsewhere is not
 * held up. Kept in memory per instance, the address only as a keyed hash.
 */
@Component
class SignInThrottle {

    private record Attempts(int failures, Instant until) {}

    private final FloodLimit flood;
    private final Cache<String, Attempts> attempts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    private final Clock clock;

    SignInThrottle(Clock clock, FloodLimit flood) {
        this.clock = clock;
        this.flood = flood;
    }

    /** How long this address must still wait before trying this account again, if at all. */
    Optional<Duration> waitFor(HttpServletRequest request, AgencyId agency, String username) {
        var kept = attempts.getIfPresent(key(request, agency, username));
        if (kept == null || !kept.until().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), kept.until()));
    }

    void failed(HttpServletRequest request, AgencyId agency, String username) {
        attempts.asMap().compute(key(request, agency, username), (k, kept) -> {
            int failures = kept == null ? 1 : kept.failures() + 1;
            return new Attempts(failures, clock.instant().plus(LockoutPolicy.addressDelay(failures)));
        });
    }

    void succeeded(HttpServletRequest request, AgencyId agency, String username) {
        attempts.invalidate(key(request, agency, username));
    }

    private String key(HttpServletRequest request, AgencyId agency, String username) {
        return agency.value() + "|" + username.strip().toLowerCase(Locale.ROOT) + "|" + flood.addressKey(request);
    }
}
