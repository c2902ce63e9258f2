package org.prongsai.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEvent(
        UUID id,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String action,
        String entityType,
        String entityId,
        String before,
        String after) {}
