package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as it runs by default: every acknowledged commit survives the server being killed,
 * and a server a killed run left behind is stopped, not fought with.
 */
class DurabilityTests {

    @TempDir
    Path dataDir;

    private final DatabaseSettings durable = new DatabaseSettings(null, null, null, 0, null);
    private final DatabaseConfiguration configuration = new DatabaseConfiguration();

    private Connection connect(DatabaseConfiguration.EmbeddedDatabase database) throws Exception {
        var port = Files.readString(dataDir.resolve("postgres.port")).strip();
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", database.password());
    }

    private long serverPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (var rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Connection connect() throws Exception {
        var port = Files.readString(dataDir.resolve("postgres.port")).strip();
        var password = Files.readString(dataDir.resolve("postgres.password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    @Test
    void everyAcknowledgedCommitSurvivesTheServerBeingKilledDuringABurst() throws Exception {
        var run = ServerRun.start(dataDir);
        int acknowledged = 0;
        try (var c = connect()) {
            assertThat(setting(c, "fsync")).isEqualTo("on");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            c.createStatement().execute("create table question (id serial primary key, text text not null)");
            long pid = serverPid();
            var insert = c.prepareStatement("insert into question (text) values (?)");
            for (int i = 0; i < 5000; i++) {
                if (i == 200) {
                    // Killed outright, as the OOM killer would, in the middle of the burst; and its Java too.
                    new ProcessBuilder("kill", "-KILL", Long.toString(pid))
                            .start()
                            .waitFor();
                    run.destroyForcibly().waitFor();
                }
                try {
                    insert.setString(1, "คำถามที่ " + i);
                    insert.executeUpdate();
                    acknowledged++;
                } catch (SQLException e) {
                    break;
                }
            }
        } finally {
            run.destroyForcibly().waitFor();
        }
        assertThat(acknowledged).isGreaterThanOrEqualTo(200);
        // Until the killed server's processes are gone, as they would be after a power cut.
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (ProcessHandle.allProcesses()
                        .anyMatch(p -> p.info().commandLine().orElse("").contains(dataDir.toString()))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        try (var again = configuration.embeddedDatabase(durable, dataDir, java.time.Duration.ofHours(1));
                var c = connect(again);
                var rs = c.createStatement().executeQuery("select count(*) from question")) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("stored of %d acknowledged", acknowledged)
                    .isGreaterThanOrEqualTo(acknowledged);
        }
    }

    @Test
    void aServerThatDiesWhileJavaRunsIsStartedAgainWithEveryAcknowledgedCommitAndThePoolFindsIt() throws Exception {
        try (var database = configuration.embeddedDatabase(durable, dataDir, java.time.Duration.ofMillis(300));
                var pool = pool(database)) {
            int acknowledged = 0;
            try (var c = pool.getConnection()) {
                c.createStatement().execute("create table question (id serial primary key, text text not null)");
                var insert = c.prepareStatement("insert into question (text) values (?)");
                for (int i = 0; i < 100; i++) {
                    insert.setString(1, "คำถามที่ " + i);
                    acknowledged += insert.executeUpdate();
                }
            }
            long killed = serverPid();
            new ProcessBuilder("kill", "-KILL", Long.toString(killed)).start().waitFor();

            // Started again on the same port and data within seconds; the pool's next connection works.
            long count = org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(40))
                    .pollInterval(java.time.Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(
                            () -> {
                                try (var c = pool.getConnection();
                                        var rs = c.createStatement().executeQuery("select count(*) from question")) {
                                    rs.next();
                                    return rs.getLong(1);
                                }
                            },
                            n -> n >= 0);
            assertThat(count).as("stored of %d acknowledged", acknowledged).isEqualTo(acknowledged);
            assertThat(serverPid()).isNotEqualTo(killed);
        }
    }

    private com.zaxxer.hikari.HikariDataSource pool(DatabaseConfiguration.EmbeddedDatabase database) throws Exception {
        var config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:"
                + Files.readString(dataDir.resolve("postgres.port")).strip() + "/postgres");
        config.setUsername("postgres");
        config.setPassword(database.password());
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(2_000);
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    @Test
    void aServerLeftByAKilledRunIsStoppedAndTheNextStartSucceeds() throws Exception {
        // The first run's Java is killed: its server keeps running on the folder, an orphan.
        var run = ServerRun.start(dataDir);
        long orphan = serverPid();
        run.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isTrue();
        try (var next = configuration.embeddedDatabase(durable, dataDir, java.time.Duration.ofHours(1));
                var c = connect(next)) {
            assertThat(c.isValid(2)).isTrue();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(serverPid()).isNotEqualTo(orphan);
        }
    }
}
