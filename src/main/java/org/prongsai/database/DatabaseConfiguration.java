package org.prongsai.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
            config.setUsername("postgres");
            config.setPassword(embedded.password());
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings, @Value("${prongsai.data-dir}") Path dataDir)
            throws IOException {
        if (settings.external()) {
            return EmbeddedDatabase.none();
        }
        var pgData = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(pgData);
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
        // The backup script reads the port from here, since it changes from run to run.
        Files.writeString(dataDir.resolve("postgres.port"), Integer.toString(postgres.getPort()));
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
        return new EmbeddedDatabase(postgres, password);
    }

    /** Holds the embedded server, if any, so that it stops after the pool has closed. */
    static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final String password;

        EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
            this.postgres = postgres;
            this.password = password;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null);
        }

        String password() {
            return password;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Bean
    DataSourceInfo dataSourceInfo(DatabaseSettings settings, EmbeddedDatabase embedded) {
        return settings.external()
                ? new DataSourceInfo(settings.url(), settings.username(), true)
                : new DataSourceInfo(embedded.jdbcUrl(), "postgres", false);
    }
}
