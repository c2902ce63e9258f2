package org.prongsai.agency;

import java.time.Instant;

/** One of the standing "about" pages, with its text and its attached document (a structure chart, a plan). */
public record AboutPage(
        Kind page, String body, String fileSha256, String fileName, String fileType, Instant updatedAt) {

    public enum Kind {
        STRUCTURE,
        DUTIES,
        PLAN,
        LAWS
    }

    public boolean hasFile() {
        return fileSha256 != null;
    }
}
