package org.prongsai.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant key: every agency-owned row carries it, and it leads every tenant table's primary key. */
public record AgencyId(UUID value) implements java.io.Serializable {

    public AgencyId {
        Objects.requireNonNull(value, "agency id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
