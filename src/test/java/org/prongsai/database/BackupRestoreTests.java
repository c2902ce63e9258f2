package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Artifacts;
import org.prongsai.support.ProngsaiTest;
import org.prongsai.support.Superuser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs the documented backup and restore scripts against the running database. */
@ProngsaiTest
class BackupRestoreTests {

    @Autowired
    DataSourceInfo database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.prongsai.audit.AuditTrail trail;

    @Value("${prongsai.data-dir}")
    String dataDir;

    @Test
    void restoresABackupIntoAnEmptyDatabaseWithEveryRow() throws Exception {
        // Everything written so far sealed, so that the copy and the original hold the same chain.
        trail.unsealed().forEach(trail::seal);
        var dump = Artifacts.dir().resolve("backup-test.dump").toAbsolutePath();
        var env = Map.of("PRONGSAI_DATA_DIR", dataDir);
        run(env, "scripts/backup.sh", dump.toString());
        assertThat(dump).exists();

        var superuser = Superuser.of(java.nio.file.Path.of(dataDir));
        superuser.sql("drop database if exists restore_check").update();
        superuser.sql("create database restore_check").update();
        run(env, "scripts/restore.sh", dump.toString(), "restore_check");

        var restored = restored("restore_check");
        for (var table :
                new String[] {"agency", "agency_unit", "account_user", "audit_event", "flyway_schema_history"}) {
            var expected =
                    jdbc.sql("select count(*) from " + table).query(Long.class).single();
            var actual = restored.sql("select count(*) from " + table)
                    .query(Long.class)
                    .single();
            assertThat(actual).as(table).isEqualTo(expected).isPositive();
        }
        // The restored audit trail is the same chain, still whole, and still append-only.
        assertThat(restored.sql("select string_agg(hash, ',' order by agency_id, seq) from audit_event")
                        .query(String.class)
                        .single())
                .isEqualTo(jdbc.sql("select string_agg(hash, ',' order by agency_id, seq) from audit_event")
                        .query(String.class)
                        .single());
        var trigger = restored.sql("select count(*) from pg_trigger where tgname = 'audit_event_no_update'")
                .query(Long.class)
                .single();
        assertThat(trigger).isEqualTo(1L);
    }

    @Test
    void anEncryptedBackupIsReadableByItsOwnerOnlyAndRestoresWithItsPassphrase() throws Exception {
        var dump = Artifacts.dir().resolve("backup-encrypted.dump.enc").toAbsolutePath();
        var passphrase = Artifacts.dir().resolve("backup-passphrase").toAbsolutePath();
        java.nio.file.Files.writeString(passphrase, "ขอให้เก็บไว้ให้ดี " + java.util.UUID.randomUUID());
        var env = Map.of("PRONGSAI_DATA_DIR", dataDir, "PRONGSAI_BACKUP_PASSPHRASE_FILE", passphrase.toString());
        run(env, "scripts/backup.sh", dump.toString());
        assertThat(java.nio.file.Files.getPosixFilePermissions(dump))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        // Not a PostgreSQL dump to anyone without the passphrase: no "PGDMP" header, no readable rows.
        var bytes = java.nio.file.Files.readAllBytes(dump);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isNotEqualTo("PGDMP");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("banprongsai");

        var superuser = Superuser.of(java.nio.file.Path.of(dataDir));
        superuser.sql("drop database if exists restore_encrypted").update();
        superuser.sql("create database restore_encrypted").update();
        run(env, "scripts/restore.sh", dump.toString(), "restore_encrypted");
        var restored = restored("restore_encrypted");
        assertThat(restored.sql("select count(*) from agency where slug = 'banprongsai'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        superuser.sql("drop database restore_encrypted").update();

        // An encrypted file restored without its passphrase says so; an empty passphrase writes no backup.
        var without = Map.of("PRONGSAI_DATA_DIR", dataDir);
        assertThat(runFailing(without, "scripts/restore.sh", dump.toString(), "postgres"))
                .contains("is encrypted");
        var blank = Artifacts.dir().resolve("backup-blank-passphrase").toAbsolutePath();
        java.nio.file.Files.writeString(blank, " \n");
        var refused = Artifacts.dir().resolve("backup-refused.dump").toAbsolutePath();
        assertThat(runFailing(
                        Map.of("PRONGSAI_DATA_DIR", dataDir, "PRONGSAI_BACKUP_PASSPHRASE_FILE", blank.toString()),
                        "scripts/backup.sh",
                        refused.toString()))
                .contains("is empty");
        assertThat(refused).doesNotExist();
    }

    @Test
    void restoresIntoTheEmbeddedDatabaseOfAStoppedInstanceAndKeepsTheOldOne() throws Exception {
        trail.unsealed().forEach(trail::seal);
        var dump = Artifacts.dir().resolve("backup-for-embedded.dump").toAbsolutePath();
        run(Map.of("PRONGSAI_DATA_DIR", dataDir), "scripts/backup.sh", dump.toString());

        // A stopped instance's data folder: its server made, secured as Prongsai does, given a row, then stopped.
        var stopped = java.nio.file.Files.createTempDirectory(Artifacts.dir(), "stopped-instance")
                .toAbsolutePath();
        var pgData = stopped.resolve("postgres");
        var password = EmbeddedPassword.of(stopped);
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", password);
        try (var server = builder.start()) {
            EmbeddedPassword.require(server, pgData, password);
            stoppedServer(server.getPort(), "postgres", password)
                    .sql("create table kept_before (note text); insert into kept_before values ('เดิม')")
                    .update();
        }

        run(Map.of("PRONGSAI_DATA_DIR", stopped.toString()), "scripts/restore.sh", "--embedded", dump.toString());

        try (var server = builder.start()) {
            var restored = stoppedServer(server.getPort(), "postgres", password);
            for (var table : new String[] {"agency", "account_user", "audit_event", "flyway_schema_history"}) {
                assertThat(restored.sql("select count(*) from " + table)
                                .query(Long.class)
                                .single())
                        .as(table)
                        .isEqualTo(jdbc.sql("select count(*) from " + table)
                                .query(Long.class)
                                .single());
            }
            var kept = restored.sql("select datname from pg_database where datname like 'postgres_before_restore_%'")
                    .query(String.class)
                    .single();
            assertThat(stoppedServer(server.getPort(), kept, password)
                            .sql("select note from kept_before")
                            .query(String.class)
                            .single())
                    .isEqualTo("เดิม");
        }
        // The script stopped the server it started: no server is left on the folder.
        assertThat(pgData.resolve("postmaster.pid")).doesNotExist();

        // A file that is not a backup restores nothing, and the database is as it was.
        var junk = Artifacts.dir().resolve("not-a-backup.dump").toAbsolutePath();
        java.nio.file.Files.writeString(junk, "ไม่ใช่ไฟล์สำรอง");
        runFailing(
                Map.of("PRONGSAI_DATA_DIR", stopped.toString()), "scripts/restore.sh", "--embedded", junk.toString());
        try (var server = builder.start()) {
            assertThat(stoppedServer(server.getPort(), "postgres", password)
                            .sql("select count(*) from agency")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
    }

    @Test
    void aFailedBackupLeavesTheGoodOneOfTheSameNameInPlace() throws Exception {
        var dump = Artifacts.dir().resolve("backup-kept.dump").toAbsolutePath();
        java.nio.file.Files.writeString(dump, "the last good backup");
        // A database that does not answer (nothing listens on port 1).
        assertThat(runFailing(
                        Map.of("PGHOST", "127.0.0.1", "PGPORT", "1", "PGUSER", "postgres"),
                        "scripts/backup.sh",
                        dump.toString()))
                .isNotBlank();
        assertThat(java.nio.file.Files.readString(dump)).isEqualTo("the last good backup");
        try (var left = java.nio.file.Files.list(dump.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("backup-kept.dump.partial"));
        }
    }

    @Test
    void anEmbeddedRestoreIsRefusedWhileProngsaiRuns() throws Exception {
        var dump = Artifacts.dir().resolve("backup-refused-running.dump").toAbsolutePath();
        java.nio.file.Files.writeString(dump, "x");
        assertThat(runFailing(
                        Map.of("PRONGSAI_DATA_DIR", dataDir), "scripts/restore.sh", "--embedded", dump.toString()))
                .contains("is running on");
    }

    private static JdbcClient stoppedServer(int port, String database, String password) {
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + port + "/" + database, "postgres", password));
    }

    /** Runs a command that must fail; returns what it said. */
    private static String runFailing(Map<String, String> env, String... command) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().remove("PGPORT");
        builder.environment().remove("PRONGSAI_BACKUP_PASSPHRASE_FILE");
        builder.environment().putAll(env);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        return output;
    }

    @Test
    void theAuditCheckCommandFindsEveryChainWhole() throws Exception {
        run(Map.of("PRONGSAI_DATA_DIR", dataDir), "scripts/verify-audit.sh");
    }

    /** The restored copy, as the superuser sees it. */
    private JdbcClient restored(String name) throws Exception {
        var port = URI.create(database.jdbcUrl().substring("jdbc:".length())).getPort();
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + port + "/" + name,
                "postgres",
                java.nio.file.Files.readString(java.nio.file.Path.of(dataDir, "postgres.password"))
                        .strip()));
    }

    private static void run(Map<String, String> env, String... command) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().remove("PGPORT");
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
