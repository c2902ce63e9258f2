package org.prongsai.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.prongsai.shared.ThaiFormat;

/** The administrator's filter over the trail; every field is optional. */
public record AuditQuery(
        @Size(max = 100, message = "{validation.too-long}") String actor,
        @Size(max = 60, message = "{validation.too-long}") String entityType,
        @Size(max = 40, message = "{validation.too-long}") String action,
        LocalDate from,
        LocalDate to,
        @Min(0) Integer pageNumber,
        @Min(1) @Max(200) Integer size) {

    public static AuditQuery firstPage() {
        return new AuditQuery(null, null, null, null, null, 0, 50);
    }

    boolean hasActor() {
        return actor != null && !actor.isBlank();
    }

    boolean hasEntityType() {
        return entityType != null && !entityType.isBlank();
    }

    boolean hasAction() {
        return action != null && !action.isBlank();
    }

    int page() {
        return pageNumber == null ? 0 : pageNumber;
    }

    int pageSize() {
        return size == null ? 50 : size;
    }

    Instant fromInstant() {
        return from.atStartOfDay(ThaiFormat.BANGKOK).toInstant();
    }

    Instant toInstantExclusive() {
        return to.plusDays(1).atStartOfDay(ThaiFormat.BANGKOK).toInstant();
    }
}
