package org.prongsai.improvement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One time a measure must be carried out, as the board shows it. {@code late} is worked out from the due
 * date and the day, never stored.
 */
public record Occurrence(
        UUID id,
        UUID measureId,
        int planYear,
        String tool,
        String indicator,
        String reference,
        String measure,
        String unit,
        UUID unitId,
        LocalDate dueOn,
        Status status,
        LocalDate doneOn,
        boolean dropped,
        int position,
        int occurrences) {

    public enum Status {
        PLANNED,
        IN_PROGRESS,
        DONE
    }

    Occurrence withUnit(String unitName) {
        return new Occurrence(
                id,
                measureId,
                planYear,
                tool,
                indicator,
                reference,
                measure,
                unitName,
                unitId,
                dueOn,
                status,
                doneOn,
                dropped,
                position,
                occurrences);
    }

    public boolean lateOn(LocalDate today) {
        return !dropped && status != Status.DONE && dueOn != null && dueOn.isBefore(today);
    }

    /** A state change that the occurrence's state forbids. */
    Status next(Status wanted) {
        if (dropped) {
            throw ImprovementManagement.refused("status", "improvement.track.is-dropped");
        }
        if (status == Status.DONE) {
            throw ImprovementManagement.refused("status", "improvement.track.already-done");
        }
        if (wanted == Status.PLANNED) {
            throw ImprovementManagement.refused("status", "improvement.track.cannot-go-back");
        }
        return wanted;
    }
}
