package org.prongsai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets no more forms through at once than the pool has connections; the others wait their turn here, in the
 * order they came. Under 64 concurrent writers on 2 cores, 54 threads queueing inside the pool and competing
 * for the CPU cost a third of the writes a second and tripled their p99 (bench/WRITE-LOAD-RESULTS.md). Reads
 * are not held: a kept public page answers at once however many forms are waiting. Uploads are not held
 * either, since their bodies arrive at the sender's pace. It runs first, before the security chain: waiting
 * forms cost nothing but their socket, and a flood waits its turn like anyone, then is refused by the flood
 * limit as quickly as before (run after it, the waiting writers did the chain's work all at once and the p99
 * passed 100 ms).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WriteGate extends OncePerRequestFilter {

    private final Semaphore turns;

    WriteGate(@Value("${prongsai.write-concurrency:${prongsai.database.pool-size:10}}") int turns) {
        this.turns = new Semaphore(turns, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var method = request.getMethod();
        var contentType = String.valueOf(request.getContentType());
        return "GET".equals(method)
                || "HEAD".equals(method)
                || "OPTIONS".equals(method)
                || contentType.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        turns.acquireUninterruptibly();
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
