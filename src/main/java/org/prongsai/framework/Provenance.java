package org.prongsai.framework;

import java.util.Locale;

/** Where a value comes from and how sure we are of it: the NACC manual itself was not available. */
public record Provenance(String source, String confidence) {

    /** The confidence words a screen groups values by, best first. */
    public static final java.util.List<String> BUCKETS = java.util.List.of("high", "medium", "low", "unknown", "other");

    /**
     * The bucket of a free-text confidence ("medium-high (name); requirements unknown" is medium-high's first
     * word: high is only what starts so); copied and edited values are "other".
     */
    public String bucket() {
        return bucketOf(this);
    }

    static String bucketOf(Provenance provenance) {
        if (provenance == null
                || provenance.confidence() == null
                || provenance.confidence().isBlank()) {
            return "unknown";
        }
        var c = provenance.confidence().toLowerCase(Locale.ROOT).strip();
        if (c.startsWith("verified") || c.startsWith("high")) {
            return "high";
        }
        if (c.startsWith("medium")) {
            return "medium";
        }
        if (c.startsWith("low")) {
            return "low";
        }
        if (c.startsWith("unknown")) {
            return "unknown";
        }
        return "other";
    }
}
