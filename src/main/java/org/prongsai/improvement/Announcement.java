package org.prongsai.improvement;

import java.time.Instant;

/** One issued version of a plan's announcement; its PDF never changes, and its SHA-256 proves it. */
public record Announcement(int planYear, int version, String pdfSha256, Instant issuedAt, String issuedBy) {}
