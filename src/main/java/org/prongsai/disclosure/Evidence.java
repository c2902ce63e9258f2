package org.prongsai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.prongsai.agency.Unit;

/**
 * One piece of published evidence for an OIT item. Evidence that Prongsai makes from its own data has no id,
 * and a {@code label} (a message key) instead of a title typed by staff, so that it reads in either language.
 * A file's {@code version} counts its replacements; {@code earlier} lists the files it replaced, newest first.
 */
public record Evidence(
        UUID id,
        String itemId,
        String title,
        String body,
        String link,
        UUID fileId,
        String fileName,
        Integer dataYear,
        List<Integer> elements,
        Instant publishedAt,
        Boolean linkOk,
        Unit unit,
        LocalDate publishedOn,
        int version,
        String fileState,
        List<Version> earlier,
        Label label) {

    /** A title from the message bundles: its key and up to two arguments. */
    public record Label(String key, Object first, Object second) {}

    /** A file this evidence held before. */
    public record Version(int version, UUID fileId, String fileName, LocalDate publishedOn, Instant replacedAt) {}

    static Evidence generated(String itemId, Label label, String link, int year, Instant publishedAt) {
        return new Evidence(
                null,
                itemId,
                null,
                null,
                link,
                null,
                null,
                year,
                List.of(),
                publishedAt,
                null,
                null,
                null,
                1,
                null,
                List.of(),
                label);
    }

    /** A file that was uploaded but does not open any more (gone, altered, or unreadable). */
    public boolean brokenFile() {
        return fileState != null && !fileState.equals("OK");
    }
}
