package org.prongsai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded server's superuser, for tests that play someone holding every right on the database (the
 * application itself works as a role that owns nothing).
 */
public final class Superuser {

    private Superuser() {}

    public static JdbcClient of(Path dataDir) {
        try {
            var port = Files.readString(dataDir.resolve("postgres.port")).strip();
            var password =
                    Files.readString(dataDir.resolve("postgres.password")).strip();
            return JdbcClient.create(new SingleConnectionDataSource(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
