package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WriteGateTests {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();

    /** A handler that stays busy until released, counting how many are in it at once. */
    private void busy() {
        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inside.decrementAndGet();
        }
    }

    private static MockHttpServletRequest request(String method, String contentType) {
        var request = new MockHttpServletRequest(method, "/qa");
        request.setContentType(contentType);
        return request;
    }

    @Test
    void lets_no_more_forms_through_than_its_turns_while_reads_and_uploads_pass() throws Exception {
        var gate = new WriteGate(2);
        var pool = Executors.newFixedThreadPool(5);
        try {
            var posts = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 5; i++) {
                posts.add(pool.submit(() -> {
                    gate.doFilter(
                            request("POST", "application/x-www-form-urlencoded"),
                            new MockHttpServletResponse(),
                            (req, res) -> busy());
                    return null;
                }));
            }
            // Two forms are in; the other three wait at the gate.
            while (inside.get() < 2) {
                Thread.sleep(5);
            }
            Thread.sleep(200);
            assertThat(inside.get()).isEqualTo(2);

            // A read and an upload are not held behind them.
            var passed = new AtomicInteger();
            gate.doFilter(request("GET", null), new MockHttpServletResponse(), (req, res) -> passed.incrementAndGet());
            gate.doFilter(
                    request("POST", "multipart/form-data; boundary=x"),
                    new MockHttpServletResponse(),
                    (req, res) -> passed.incrementAndGet());
            assertThat(passed.get()).isEqualTo(2);

            release.countDown();
            for (var post : posts) {
                post.get(10, TimeUnit.SECONDS);
            }
            assertThat(mostInside.get()).isEqualTo(2);
            assertThat(inside.get()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failing_form_gives_its_turn_back() throws Exception {
        var gate = new WriteGate(1);
        for (int i = 0; i < 3; i++) {
            try {
                gate.doFilter(request("POST", null), new MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalStateException("refused");
                });
            } catch (IllegalStateException expected) {
                // the turn must come back all the same
            }
        }
        var passed = new AtomicInteger();
        gate.doFilter(request("POST", null), new MockHttpServletResponse(), (req, res) -> passed.incrementAndGet());
        assertThat(passed.get()).isEqualTo(1);
    }
}
