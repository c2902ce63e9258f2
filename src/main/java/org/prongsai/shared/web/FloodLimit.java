package org.prongsai.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many forms one address may send in a minute, per kind of form (a citizen's question, a sign-in): a flood
 * of 200 bot questions in a second no longer buries real ones. Kept in memory per instance; the address is
 * kept only as a keyed hash (the key is random at each start), never in clear. Set
 * {@code prongsai.flood.enabled=false} only to measure the forms themselves.
 */
@Component
public class FloodLimit {

    static final String TOO_MANY_PATH = "/too-many-requests";
    static final String RETRY_AFTER_SECONDS = "prongsai.flood.retry-after";

    private final boolean enabled;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final SecretKeySpec key;

    FloodLimit(@Value("${prongsai.flood.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Forgets every address's use (tests that each start from a full allowance). */
    void forgetAll() {
        buckets.invalidateAll();
    }

    /** The kinds of form, each with its own allowance per address and minute. */
    public enum Kind {
        /** A form an anonymous citizen sends: a question, later a complaint or a survey. */
        PUBLIC_FORM(30),
        /** A password or a second-factor code. */
        SIGN_IN(20),
        /** A complaint's receipt typed to follow the case: too few a minute to guess one of 10^20. */
        RECEIPT(10);

        private final int perMinute;

        Kind(int perMinute) {
            this.perMinute = perMinute;
        }
    }

    /** Counts one form from the request's address; empty if allowed, else how long to wait. */
    public Optional<Duration> take(HttpServletRequest request, Kind kind) {
        if (!enabled) {
            return Optional.empty();
        }
        var bucket = buckets.get(kind.name() + ":" + addressKey(request), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(kind.perMinute).refillGreedy(kind.perMinute, Duration.ofMinutes(1)))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1));
    }

    /** Answers 429 with a page that says, in the reader's language, how long to wait; nothing was saved. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws ServletException, IOException {
        long seconds = Math.max(1, wait.toSeconds());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        request.setAttribute(RETRY_AFTER_SECONDS, seconds);
        request.getRequestDispatcher(TOO_MANY_PATH).forward(request, response);
    }

    /** The request's address as a keyed hash: enough to tell addresses apart, never to recover one. */
    public String addressKey(HttpServletRequest request) {
        return hash(network(request.getRemoteAddr()));
    }

    /** An IPv6 client holds a whole /64 and could take a new address for every try: it counts as one. */
    static String network(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            var bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    private String hash(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
