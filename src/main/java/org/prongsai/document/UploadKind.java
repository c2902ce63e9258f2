package org.prongsai.document;

import java.util.Set;

/** What an upload is for decides which content types it may have. SVG is never accepted: it can carry script. */
public enum UploadKind {
    IMAGE(Set.of("image/png", "image/jpeg", "image/gif", "image/webp")),
    /** What a reporter sends with a complaint: photos, whose metadata is then removed, and PDF documents. */
    REPORT_EVIDENCE(Set.of("image/png", "image/jpeg", "application/pdf")),
    /** A signed paper scanned to PDF: it is published as it is, so nothing else will do. */
    PDF(Set.of("application/pdf")),
    DOCUMENT(Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-tika-ooxml",
            "application/msword",
            "application/vnd.ms-excel",
            "application/x-tika-msoffice",
            "text/csv",
            "text/plain"));

    private final Set<String> mediaTypes;

    UploadKind(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }
}
