package org.prongsai.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One piece of published evidence for an OIT item. */
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
        Boolean linkOk) {}
