package org.prongsai.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;
import org.prongsai.shared.SecretFiles;

/**
 * The embedded server asks for a password: the library starts it trusting every local connection as the
 * superuser, so at each start Prongsai sets the superuser's password (made at the first start, kept in
 * {@code <data>/postgres.password} with mode 0600 for the backup scripts) and requires it (SCRAM) on every
 * connection, local or TCP.
 */
final class EmbeddedPassword {

    private static final String FILE = "postgres.password";
    private static final String HBA =
            """
            # Written by Prongsai at every start: every connection gives the password (see <data>/postgres.password).
            local   all  all                scram-sha-256
            host    all  all  127.0.0.1/32  scram-sha-256
            host    all  all  ::1/128       scram-sha-256
            """;

    private EmbeddedPassword() {}

    /** The superuser's password, made and kept (0600) at the first start. */
    static String of(Path dataDir) throws IOException {
        return readOrMake(dataDir.resolve(FILE));
    }

    /** A password kept in this file, made (base64url, 192 bits) and written with mode 0600 if it is not there. */
    static String readOrMake(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SecretFiles.create(file, password + "\n");
        return password;
    }

    /** Sets the superuser's password and replaces trust by SCRAM in pg_hba.conf, then reloads it. */
    static void require(EmbeddedPostgres postgres, Path pgData, String password) throws IOException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", password);
        try (var connection =
                        new org.postgresql.Driver().connect(postgres.getJdbcUrl("postgres", "postgres"), properties);
                var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // The password is made here from base64url characters only: nothing in it needs quoting.
            statement.execute("alter role postgres password '" + password + "'");
            var hba = pgData.resolve("pg_hba.conf");
            if (!Files.readString(hba).equals(HBA)) {
                Files.writeString(hba, HBA);
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("Could not secure the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
