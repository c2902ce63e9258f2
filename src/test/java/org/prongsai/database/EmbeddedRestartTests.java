package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server starts again on its own data folder, now that it asks for a password. */
class EmbeddedRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void startsAgainOnTheDataFolderItSecuredTheFirstTime() throws Exception {
        var settings = new DatabaseSettings(null, null, null, 0, true);
        var configuration = new DatabaseConfiguration();
        try (var first = configuration.embeddedDatabase(settings, dataDir, java.time.Duration.ofHours(1))) {
            assertThat(first.password()).isNotBlank();
        }
        try (var again = configuration.embeddedDatabase(settings, dataDir, java.time.Duration.ofHours(1))) {
            var port = Files.readString(dataDir.resolve("postgres.port")).strip();
            try (var connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", again.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }
}
