package org.prongsai.participation;

import java.time.Instant;
import java.util.UUID;

public record Question(
        UUID id,
        Instant askedAt,
        String askerName,
        String question,
        String answer,
        Instant answeredAt,
        String answeredBy,
        Instant hiddenAt) {

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean answered() {
        return answer != null;
    }
}
