package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service started from any folder reads the application.yml beside its jar. */
class ConfigurationBesideTheJarTests {

    @Test
    void readsTheFolderOfTheJarWhenRunFromOne(@TempDir Path folder) throws Exception {
        var jar = Files.createFile(folder.resolve("prongsai.jar"));
        assertThat(ProngsaiApplication.besideTheJar(jar.toFile()))
                .containsEntry("spring.config.additional-location", "optional:file:" + folder.toAbsolutePath() + "/");
        // From classes (the IDE, spring-boot:run): Spring Boot's own places only.
        assertThat(ProngsaiApplication.besideTheJar(folder.toFile())).isEmpty();
        assertThat(ProngsaiApplication.besideTheJar(null)).isEmpty();
    }
}
