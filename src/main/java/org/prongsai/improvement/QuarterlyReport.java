package org.prongsai.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the executives are told each quarter: how many occurrences fell due, were done or are late, by
 * indicator and by unit; which were done and which are late; the evidence written in the quarter.
 */
public record QuarterlyReport(
        int planYear,
        int quarter,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        List<Line> byIndicator,
        List<Line> byUnit,
        List<Occurrence> done,
        List<Occurrence> late,
        List<Evidence> evidence,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    public record Line(String label, int due, int done, int late) {
        public int percentDone() {
            return due == 0 ? 0 : Math.round(done * 100f / due);
        }
    }

    public record Evidence(
            Instant writtenAt, String writtenBy, String measure, String note, String file, String link) {}

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }
}
