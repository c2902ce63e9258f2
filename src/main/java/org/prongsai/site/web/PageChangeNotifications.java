package org.prongsai.site.web;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.prongsai.shared.AfterCommit;
import org.prongsai.shared.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances of a cluster, through PostgreSQL's LISTEN/NOTIFY, that an agency's public pages
 * changed, and hears them tell this one, so that a change made on one instance shows on all at once rather
 * than after the page cache's time to live.
 *
 * <p>A notice is queued when the writing transaction commits (never on a rollback) and sent by one sender
 * thread, which waits {@link #GATHER} after the first and says everything queued meanwhile in one transaction
 * of its own: under a burst of writes, one transaction every 25 ms at most rather than one per write. Sending
 * in each writer's transaction made every writer of the database wait in turn: PostgreSQL holds one lock for
 * all notifying commits, across the wait for the disk. The listener and the sender have a connection each, outside the pool,
 * so that the pool serves requests only. Were an instance to stop dead between a commit and its notice, the
 * others would show the old pages until their time to live (60 s) runs out.
 */
@Component
class PageChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "prongsai_pages";
    private static final String EVERY_AGENCY = "*";
    private static final Logger log = LoggerFactory.getLogger(PageChangeNotifications.class);
    static final java.time.Duration GATHER = java.time.Duration.ofMillis(25);

    // Connections of the instance's own, outside the pool: one listens, one sends.
    private final DataSource ownConnections;
    // Each instance hears its own notifications too; it already forgot, so it skips them.
    private final String instance = UUID.randomUUID().toString();
    private volatile Consumer<PageChange> onChangeElsewhere = change -> {};
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread listener;
    private Thread sender;

    PageChangeNotifications(DataSource dataSource) {
        this.ownConnections = dataSource instanceof HikariDataSource pool
                ? new SimpleDriverDataSource(new Driver(), pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                : dataSource;
    }

    /** What to do when another instance says pages changed. */
    void onChangeElsewhere(Consumer<PageChange> handler) {
        this.onChangeElsewhere = handler;
    }

    /** Tells the other instances once the current transaction, if any, has committed. */
    void publish(PageChange change) {
        var payload =
                instance + " " + change.agency().map(a -> a.value().toString()).orElse(EVERY_AGENCY) + " "
                        + change.pages().pattern();
        AfterCommit.run(() -> outbox.add(payload));
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "page-change-listener");
        listener.setDaemon(true);
        listener.start();
        sender = new Thread(this::send, "page-change-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            if (sender != null) {
                // It says what is still queued before it ends.
                sender.join(3_000);
            }
            if (listener != null) {
                listener.join(3_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (var connection = ownConnections.getConnection()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = postgres.getNotifications(1_000);
                    if (notifications != null) {
                        for (var notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Not hearing other instances' page changes; trying again in 5 s: {}", e.toString());
                    pause();
                }
            }
        }
    }

    private void send() {
        Connection connection = null;
        while (running || !outbox.isEmpty()) {
            try {
                var first = outbox.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                if (running) {
                    Thread.sleep(GATHER.toMillis());
                }
                // PostgreSQL delivers the same words said twice in a transaction once; skipping them here saves
                // the round trips.
                var batch = new LinkedHashSet<String>();
                batch.add(first);
                var more = new ArrayList<String>();
                outbox.drainTo(more, 999);
                batch.addAll(more);
                if (connection == null) {
                    connection = ownConnections.getConnection();
                    connection.setAutoCommit(false);
                }
                try (var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
                    for (var payload : batch) {
                        statement.setString(1, CHANNEL);
                        statement.setString(2, payload);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                connection.commit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException e) {
                // Lost notices leave the other instances on their time to live; the next ones go on a new line.
                log.warn("Could not tell other instances of page changes: {}", e.toString());
                closeQuietly(connection);
                connection = null;
                if (running) {
                    pause();
                }
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the notifying connection: {}", e.toString());
            }
        }
    }

    /** "instance agency pages": pages is absent in notices from an older instance, which meant every page. */
    void heard(String payload) {
        var parts = payload.split(" ", 3);
        if (parts.length < 2 || parts[0].equals(instance)) {
            return;
        }
        try {
            var agency = parts[1].equals(EVERY_AGENCY)
                    ? Optional.<AgencyId>empty()
                    : Optional.of(new AgencyId(UUID.fromString(parts[1])));
            var pages = parts.length == 3 ? Pattern.compile(parts[2]) : PageChange.EVERY_PAGE;
            onChangeElsewhere.accept(new PageChange(agency, pages));
        } catch (IllegalArgumentException e) {
            log.debug("Ignored a page change notification: {}", payload);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
