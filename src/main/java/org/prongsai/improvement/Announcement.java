package org.prongsai.improvement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued version of a plan's announcement; its PDF never changes, and its SHA-256 proves it. Signed by the
 * executive (null for versions issued before signing was a step), for someone else when acting for them.
 */
public record Announcement(
        int planYear,
        int version,
        String pdfSha256,
        Instant issuedAt,
        String issuedBy,
        String signedBy,
        String actingFor,
        LocalDate announcedOn) {}
