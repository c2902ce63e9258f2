package org.prongsai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.prongsai.agency.Unit;

/**
 * One piece of published evidence for an OIT item. Evidence that Prongsai makes from its own data has no id.
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
        List<Version> earlier) {

    /** A file this evidence held before. */
    public record Version(int version, UUID fileId, String fileName, LocalDate publishedOn, Instant replacedAt) {}

    static Evidence generated(String itemId, String title, String link, int year, Instant publishedAt) {
        return new Evidence(
                null,
                itemId,
                title,
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
                List.of());
    }

    /** A file that was uploaded but does not open any more (gone, altered, or unreadable). */
    public boolean brokenFile() {
        return fileState != null && !fileState.equals("OK");
    }
}
