package org.prongsai.shared;

import java.time.Instant;
import java.util.List;

/**
 * Evidence for an OIT item that a module makes from its own data: issued announcements for O42, answered
 * questions for O8, the executives for O2, and so on. A module offers it by implementing {@link Source}; the
 * disclosure module shows what every source gives on the item's public page and counts it there. A new feature
 * (the surveys for O17, the complaints' statistics) adds a source and nothing else.
 *
 * <p>Its title is a message key with up to two arguments, so that it reads in the reader's language.
 */
public record OitEvidence(
        String itemId, String titleKey, Object first, Object second, String link, Instant publishedAt) {

    /** A module's evidence for one fiscal year: for one item, or for every item when {@code itemId} is null. */
    public interface Source {
        List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String itemId);
    }

    /**
     * How many things of a fiscal year a module has to show for an item (news published, questions answered):
     * one piece of evidence titled with the count and the year, or none when there are none.
     */
    public static List<OitEvidence> counted(String item, String titleKey, long count, int fiscalYear, String link) {
        return count == 0 ? List.of() : List.of(new OitEvidence(item, titleKey, count, fiscalYear, link, null));
    }

    /** True when a source asked for {@code itemId} should compute the evidence of {@code item}. */
    public static boolean wanted(String itemId, String item) {
        return itemId == null || itemId.equals(item);
    }
}
