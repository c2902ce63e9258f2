package org.prongsai.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands, following the usual guideline (O27): received, acknowledged within the set days,
 * investigated, and then forwarded to the body in charge, resolved or dismissed. Each step says what may follow
 * it, and which ones must give a reason (to whom it went, what was done, why it was dismissed).
 */
public enum CaseStatus {
    RECEIVED,
    ACKNOWLEDGED,
    INVESTIGATING,
    FORWARDED,
    RESOLVED,
    DISMISSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED, DISMISSED);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, FORWARDED, DISMISSED);
            case INVESTIGATING -> EnumSet.of(FORWARDED, RESOLVED, DISMISSED);
            case FORWARDED -> EnumSet.of(RESOLVED);
            case RESOLVED, DISMISSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean needsReason() {
        return this == FORWARDED || this == RESOLVED || this == DISMISSED;
    }

    public boolean closed() {
        return this == RESOLVED || this == DISMISSED;
    }
}
