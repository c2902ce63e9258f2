package org.prongsai.agency;

import java.util.UUID;

/** An executive of the agency as its site shows them. */
public record Person(
        UUID id,
        Side side,
        String name,
        String position,
        String phone,
        String email,
        String photoSha256,
        int sortOrder) {

    public enum Side {
        POLITICAL,
        PERMANENT
    }
}
