package org.prongsai.improvement;

import java.time.Instant;
import java.util.UUID;

/** A progress note, with the evidence that proves it: a stored file or a link. */
public record Progress(
        Instant writtenAt,
        String writtenBy,
        String note,
        UUID evidenceFile,
        String evidenceName,
        String evidenceLink) {}
