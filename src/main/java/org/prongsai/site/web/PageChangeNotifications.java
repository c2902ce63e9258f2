package org.prongsai.site.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.prongsai.shared.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances of a cluster, through PostgreSQL's LISTEN/NOTIFY, that an agency's public pages
 * changed, and hears them tell this one, so that a change made on one instance shows on all at once rather
 * than after the page cache's time to live. While it runs it holds one connection of the pool.
 */
@Component
class PageChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "prongsai_pages";
    private static final String EVERY_AGENCY = "*";
    private static final Logger log = LoggerFactory.getLogger(PageChangeNotifications.class);

    private final DataSource dataSource;
    // Each instance hears its own notifications too; it already forgot, so it skips them.
    private final String instance = UUID.randomUUID().toString();
    private volatile Consumer<Optional<AgencyId>> onChangeElsewhere = agency -> {};
    private volatile boolean running;
    private Thread listener;

    PageChangeNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What to do when another instance says an agency's pages changed (empty: every agency's). */
    void onChangeElsewhere(Consumer<Optional<AgencyId>> handler) {
        this.onChangeElsewhere = handler;
    }

    /** Tells the other instances; if the database cannot be reached they simply wait for the time to live. */
    void publish(Optional<AgencyId> agency) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(
                    2, instance + " " + agency.map(a -> a.value().toString()).orElse(EVERY_AGENCY));
            statement.execute();
        } catch (SQLException e) {
            log.warn("Could not tell other instances that public pages changed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "page-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (var connection = dataSource.getConnection()) {
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

    void heard(String payload) {
        var parts = payload.split(" ", 2);
        if (parts.length != 2 || parts[0].equals(instance)) {
            return;
        }
        if (parts[1].equals(EVERY_AGENCY)) {
            onChangeElsewhere.accept(Optional.empty());
            return;
        }
        try {
            onChangeElsewhere.accept(Optional.of(new AgencyId(UUID.fromString(parts[1]))));
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
