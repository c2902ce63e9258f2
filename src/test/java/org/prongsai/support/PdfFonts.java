package org.prongsai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a PDF's fonts with poppler's pdffonts, as an archivist's checker would. */
public final class PdfFonts {

    private PdfFonts() {}

    /** Every font the file uses is embedded (the "emb" column), so it prints the same anywhere, years on. */
    public static void assertAllEmbedded(Path pdf) throws IOException, InterruptedException {
        var process = new ProcessBuilder("pdffonts", pdf.toString())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        var fonts = output.lines().skip(2).filter(line -> !line.isBlank()).toList();
        assertThat(fonts).as("fonts of " + pdf.getFileName()).isNotEmpty();
        for (var line : fonts) {
            // name, type (one or two words), encoding, then emb sub uni object generation.
            var columns = line.strip().split("\\s+");
            assertThat(columns[columns.length - 5]).as("embedded: " + line).isEqualTo("yes");
        }
    }
}
