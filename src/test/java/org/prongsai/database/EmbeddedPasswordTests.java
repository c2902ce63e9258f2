package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Value;

/** The embedded server trusts nobody: a local user without the password is refused. */
@ProngsaiTest
class EmbeddedPasswordTests {

    @Value("${prongsai.data-dir}")
    Path dataDir;

    @Test
    void asksEveryConnectionForThePasswordKeptReadableByItsOwnerOnly() throws Exception {
        var port = Files.readString(dataDir.resolve("postgres.port")).strip();
        var url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        var file = dataDir.resolve("postgres.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, "postgres", "").close())
                .hasMessageContaining("password");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "postgres", "guess").close())
                .hasMessageContaining("password");
        try (var connection = DriverManager.getConnection(
                url, "postgres", Files.readString(file).strip())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }
}
