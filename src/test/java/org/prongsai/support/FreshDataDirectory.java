package org.prongsai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application its own empty data folder, so runs never see each other's data. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var root = Path.of("target", "test-data");
            Files.createDirectories(root);
            var dir = Files.createTempDirectory(root.toAbsolutePath(), "run-");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("fresh-data-dir", Map.of("prongsai.data-dir", dir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
