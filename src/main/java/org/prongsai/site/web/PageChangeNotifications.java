package org.prongsai.site.web;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.prongsai.shared.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances of a cluster, through PostgreSQL's LISTEN/NOTIFY, that an agency's public pages
 * changed, and hears them tell this one, so that a change made on one instance shows on all at once rather
 * than after the page cache's time to live.
 *
 * <p>The notice is sent on the writing transaction's own connection and delivered when it commits. The
 * listener has a connection of its own, outside the pool, so that the pool serves requests only.
 */
@Component
class PageChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "prongsai_pages";
    private static final String EVERY_AGENCY = "*";
    private static final Logger log = LoggerFactory.getLogger(PageChangeNotifications.class);

    private final JdbcTemplate jdbc;
    private final DataSource listening;
    // Each instance hears its own notifications too; it already forgot, so it skips them.
    private final String instance = UUID.randomUUID().toString();
    private volatile Consumer<PageChange> onChangeElsewhere = change -> {};
    private volatile boolean running;
    private Thread listener;

    PageChangeNotifications(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.listening = dataSource instanceof HikariDataSource pool
                ? new SimpleDriverDataSource(new Driver(), pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                : dataSource;
    }

    /** What to do when another instance says pages changed. */
    void onChangeElsewhere(Consumer<PageChange> handler) {
        this.onChangeElsewhere = handler;
    }

    /**
     * Tells the other instances, in the current transaction if there is one (the notice leaves when it commits;
     * PostgreSQL sends one notice for the same words said twice in a transaction).
     */
    void publish(PageChange change) {
        jdbc.query(
                "select pg_notify(?, ?)",
                rs -> {},
                CHANNEL,
                instance + " " + change.agency().map(a -> a.value().toString()).orElse(EVERY_AGENCY) + " "
                        + change.pages().pattern());
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
            try (var connection = listening.getConnection()) {
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
