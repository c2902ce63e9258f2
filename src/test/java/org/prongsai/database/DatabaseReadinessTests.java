package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class DatabaseReadinessTests {

    /** A database that never answers: every connection request hangs until released. */
    static final class Hanging implements DataSource {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Connection getConnection() {
            asked.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("gone");
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void answersDownWithinItsPatienceWhenTheDatabaseHangsAndDoesNotPileUpChecks() {
        var database = new Hanging();
        var readiness = new DatabaseReadiness(database, Duration.ofMillis(300));
        try {
            long started = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
            }
            // Three probes in about a second, not three pool time-outs; and one check hangs, not three.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(database.asked.get()).isEqualTo(1);
        } finally {
            database.release.countDown();
        }
    }
}
