package org.prongsai.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness asks the database, and answers within a couple of seconds whatever the database does: a load
 * balancer that waits 30 s for a pool's time-out (or 60 s, as it once did) takes the node out too late and
 * piles up its own probes. Liveness never asks it (the process is alive even when its database is not), so a
 * database outage never gets a healthy node restarted.
 */
@Component("database")
class DatabaseReadiness implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration patience;
    // One thread: a hung check is not started again while it hangs, it is waited for.
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> running;

    DatabaseReadiness(DataSource dataSource, @Value("${prongsai.database.readiness-timeout:2s}") Duration patience) {
        this.dataSource = dataSource;
        this.patience = patience;
    }

    @Override
    public Health health() {
        CompletableFuture<Boolean> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(this::answers, checker);
            }
            check = running;
        }
        try {
            return check.get(patience.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().build()
                    : Health.down()
                            .withDetail("reason", "no answer to select 1")
                            .build();
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("reason", "no answer within " + patience.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down()
                    .withDetail("reason", e.getCause().getClass().getSimpleName())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private boolean answers() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, patience.toSeconds()));
            try (var result = statement.executeQuery("select 1")) {
                return result.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
