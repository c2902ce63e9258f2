package org.prongsai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives each test application its own empty data folder, so runs never see each other's data. Folders of
 * earlier runs are removed when the first application of a run starts: each holds a database of about 70 MB,
 * and runs that kept them all once filled the disk.
 */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean CLEARED = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var root = Path.of("target", "test-data");
            Files.createDirectories(root);
            if (CLEARED.compareAndSet(false, true)) {
                removeEarlierRuns(root);
            }
            var dir = Files.createTempDirectory(root.toAbsolutePath(), "run-");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("fresh-data-dir", Map.of("prongsai.data-dir", dir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only folders untouched for an hour: a run of the whole suite takes minutes, and never two at once here. */
    private static void removeEarlierRuns(Path root) throws IOException {
        var hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (var runs = Files.list(root)) {
            for (var run : runs.toList()) {
                if (Files.getLastModifiedTime(run).toInstant().isBefore(hourAgo)) {
                    FileSystemUtils.deleteRecursively(run);
                }
            }
        }
    }
}
