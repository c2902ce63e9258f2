package org.prongsai.database;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(
            DatabaseSettings settings,
            EmbeddedDatabase embedded,
            @Value("${prongsai.database.pool-size:10}") int poolSize,
            @Value("${prongsai.database.connection-timeout:30s}") Duration connectionTimeout,
            @Value("${prongsai.database.leak-detection-threshold:0s}") Duration leakDetection) {
        var config = new HikariConfig();
        config.setPoolName("prongsai");
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        // Off in production; the tests turn it on, so that a connection held across a request is reported.
        config.setLeakDetectionThreshold(leakDetection.toMillis());
        if (settings.external()) {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.username());
            config.setPassword(settings.password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(RuntimeRole.NAME);
            config.setPassword(embedded.runtimePassword());
        }
        return new HikariDataSource(config);
    }

    /**
     * The application's transaction template. Spring Boot makes one only while no other TransactionOperations
     * exists, and the staff sessions have their own (see the account module's SessionConfiguration).
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            DatabaseSettings settings,
            @Value("${prongsai.data-dir}") Path dataDir,
            @Value("${prongsai.database.supervise-every:2s}") Duration superviseEvery)
            throws IOException {
        if (settings.external()) {
            return EmbeddedDatabase.none();
        }
        var pgData = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(pgData);
        OrphanServer.refuseIfOwned(dataDir);
        // Owned from here on, before the server starts: a second start on this folder, or a restore, now refuses.
        // (The server runs detached, so its parent process does not say whose it is.)
        Files.writeString(
                dataDir.resolve("postgres.owner"),
                Long.toString(ProcessHandle.current().pid()));
        OrphanServer.stopIfRunning(pgData);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // Spring stops the server after the pool has closed; the library's own JVM hook would stop it
                // first, in the middle of a graceful shutdown.
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8");
        if (settings.durable()) {
            // The library starts the server with fsync and synchronous commit off, for throwaway test databases:
            // a crash then loses commits already acknowledged. These come after its options, and win.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (settings.embeddedPort() != null && settings.embeddedPort() > 0) {
            builder.setPort(settings.embeddedPort());
        }
        var password = EmbeddedPassword.of(dataDir);
        // The library checks the server is up with a connection of its own: it must give the password too.
        builder.setConnectConfig("password", password);
        var postgres = builder.start();
        EmbeddedPassword.require(postgres, pgData, password);
        var database = new EmbeddedDatabase(postgres, password, RuntimeRole.password(dataDir));
        database.supervise(builder.setPort(postgres.getPort()), pgData, superviseEvery);
        try (var superuser = database.superuser()) {
            RuntimeRole.create(superuser, database.runtimePassword());
        } catch (SQLException e) {
            throw new IOException("Could not make the embedded PostgreSQL's runtime role: " + e.getMessage(), e);
        }
        // The backup script reads the port from here, since it changes from run to run.
        Files.writeString(dataDir.resolve("postgres.port"), Integer.toString(postgres.getPort()));
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
        return database;
    }

    /** Migrations run as the embedded server's superuser; the application itself works as the runtime role. */
    @Bean
    FlywayConfigurationCustomizer embeddedMigrationsAsSuperuser(DatabaseSettings settings, EmbeddedDatabase embedded) {
        return configuration -> {
            if (!settings.external()) {
                configuration.dataSource(embedded.jdbcUrl(), "postgres", embedded.password());
            }
        };
    }

    /** After every migration the runtime role is granted the rows of the tables it made, and no more. */
    @Bean
    FlywayMigrationStrategy migrateThenGrant(DatabaseSettings settings, EmbeddedDatabase embedded) {
        return flyway -> {
            flyway.migrate();
            if (!settings.external()) {
                try (var superuser = embedded.superuser()) {
                    RuntimeRole.grant(superuser);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not grant the runtime role: " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Holds the embedded server, if any, so that it stops after the pool has closed; and starts it again, on the
     * same port and data, when it dies while Java runs (killed, or out of memory): PostgreSQL replays its
     * write-ahead log, so every acknowledged commit is there, and the pool's next connections find it. Watched
     * from a thread of its own, every two seconds, so that a busy scheduler never delays it.
     */
    static final class EmbeddedDatabase implements AutoCloseable {
        private volatile EmbeddedPostgres postgres;
        private final String password;
        private final String runtimePassword;
        private ScheduledExecutorService supervisor;
        private EmbeddedPostgres.Builder builder;
        private Path pgData;
        private volatile boolean closed;

        EmbeddedDatabase(EmbeddedPostgres postgres, String password, String runtimePassword) {
            this.postgres = postgres;
            this.password = password;
            this.runtimePassword = runtimePassword;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null, null);
        }

        /** The superuser's: for migrations, backups and the tests that play an attacker with every right. */
        String password() {
            return password;
        }

        String runtimePassword() {
            return runtimePassword;
        }

        Connection superuser() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), "postgres", password);
        }

        String jdbcUrl() {
            // Without the library's "?user=postgres": the URL's user would win over the pool's.
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        }

        void supervise(EmbeddedPostgres.Builder builder, Path pgData, Duration every) {
            this.builder = builder;
            this.pgData = pgData;
            supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
                var thread = new Thread(r, "embedded-postgres-supervisor");
                thread.setDaemon(true);
                return thread;
            });
            supervisor.scheduleWithFixedDelay(this::restartIfDead, every.toMillis(), every.toMillis(), MILLISECONDS);
        }

        /** Starts the server again if its process is gone; true when it did. */
        synchronized boolean restartIfDead() {
            if (closed || postgres == null || OrphanServer.running(pgData)) {
                return false;
            }
            log.warn(
                    "The embedded PostgreSQL on port {} has stopped; starting it again on {}",
                    postgres.getPort(),
                    pgData);
            try {
                // The dead server's handle still holds the data folder's lock in this JVM: let it go first (its
                // stop command finds no server, and says so in the log).
                postgres.close();
                OrphanServer.stopIfRunning(pgData);
                postgres = builder.start();
                log.warn("The embedded PostgreSQL is running again on port {}", postgres.getPort());
                return true;
            } catch (IOException | RuntimeException e) {
                log.error("Could not start the embedded PostgreSQL again (next try in a moment)", e);
                return false;
            }
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            if (supervisor != null) {
                supervisor.shutdownNow();
            }
            if (postgres != null) {
                postgres.close();
            }
            // Stopped cleanly: the folder is nobody's (a later Java process could reuse this pid).
            if (pgData != null) {
                var owner = pgData.getParent().resolve("postgres.owner");
                if (Files.isRegularFile(owner)
                        && Files.readString(owner)
                                .strip()
                                .equals(Long.toString(ProcessHandle.current().pid()))) {
                    Files.delete(owner);
                }
            }
        }
    }

    @Bean
    DataSourceInfo dataSourceInfo(DatabaseSettings settings, EmbeddedDatabase embedded) {
        return settings.external()
                ? new DataSourceInfo(settings.url(), settings.username(), true)
                : new DataSourceInfo(embedded.jdbcUrl(), RuntimeRole.NAME, false);
    }
}
