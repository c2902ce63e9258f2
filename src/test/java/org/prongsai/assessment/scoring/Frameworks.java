package org.prongsai.assessment.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkReader;

/** The shipped frameworks, read as the application reads them. */
final class Frameworks {

    private Frameworks() {}

    static Framework of(int year) {
        try {
            var file = Path.of("src/main/resources/frameworks/ita-" + year + ".json");
            return new FrameworkReader().read(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
