package org.prongsai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests keep screenshots, PDFs and rendered pages for a person to look at. */
public final class Artifacts {

    private Artifacts() {}

    public static Path dir() {
        var dir = Path.of(System.getProperty("prongsai.artifacts", "target/test-artifacts"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
