package org.prongsai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Gives every request an id, in the {@code X-Request-Id} answer header and on every log line written while it
 * is handled (so a citizen's "error 500, request 3f9c…" leads to its lines), and writes one access line when it
 * is answered: method, path (never the query, which may hold what someone searched for), status, time and id.
 * The client's address is written too, except on the anonymous reporting channel, whose reporters are promised
 * that no address is kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    private static final Logger access = LoggerFactory.getLogger("prongsai.access");
    // An id set by the proxy in front is kept, so that its log and ours name the request alike; anything else it
    // sends (too long, odd characters that could forge a log line) is replaced.
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    // The complaint channel, in single and in path mode (/a/<agency>/complaints…), matched on the decoded path
    // and in any case, so that /%63omplaints or /Complaints;x=1 keep no address either.
    private static final Pattern NO_ADDRESS = Pattern.compile("(?i)(^|/)complaints(/|;|$)");
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final SecureRandom random = new SecureRandom();

    private final boolean enabled;

    RequestLog(@Value("${prongsai.access-log:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var given = request.getHeader(HEADER);
        var id = given != null && GIVEN.matcher(given).matches() ? given : newId();
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (enabled && !quiet(request)) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                var path = request.getRequestURI();
                // An exception that leaves the application becomes the container's 500, set after this line.
                int status = failed ? 500 : response.getStatus();
                if (keepsNoAddress(request)) {
                    access.info("{} {} {} {}ms", request.getMethod(), path, status, millis);
                } else {
                    access.info(
                            "{} {} {} {}ms from {}",
                            request.getMethod(),
                            path,
                            status,
                            millis,
                            request.getRemoteAddr());
                }
            }
            // The id stays on this thread until the request is done (requestDestroyed): the container logs an
            // exception that left the application after this filter, and that line must name the request too.
        }
    }

    /** Takes the id off the thread once the container is done with the request, error page included. */
    @Component
    static class Forget implements ServletRequestListener {
        @Override
        public void requestDestroyed(ServletRequestEvent event) {
            MDC.remove(MDC_KEY);
        }
    }

    /** Probes and scrapes come every few seconds and say nothing about use. */
    private static boolean quiet(HttpServletRequest request) {
        var path = request.getRequestURI();
        return path.startsWith("/actuator/health") || path.equals("/actuator/prometheus");
    }

    /** Whether the request is on the anonymous reporting channel, where no address is written. */
    static boolean keepsNoAddress(HttpServletRequest request) {
        String decoded;
        try {
            decoded = PATHS.getPathWithinApplication(request);
        } catch (RuntimeException e) {
            decoded = "";
        }
        return NO_ADDRESS.matcher(decoded).find()
                || NO_ADDRESS.matcher(request.getRequestURI()).find();
    }

    private static String newId() {
        var bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
