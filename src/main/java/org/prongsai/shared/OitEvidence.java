package org.prongsai.shared;

import java.time.Instant;
import java.util.List;

/**
 * Evidence for the OIT that a module makes from its own data: the issued announcement, the answered questions,
 * the executives, and so on. It names what it is about by a meaning key ({@code improvement-plan},
 * {@code qa}, {@code executives}), not by an item number, because the NACC renumbers the checklist (the
 * announcement is O42 in 2566 and O25 in 2569); each year's framework says which item carries which meaning.
 * A module offers evidence by implementing {@link Source}; the disclosure module shows it on the item's
 * public page and counts it there. A new feature (the surveys, the complaints' statistics) adds a source and
 * nothing else.
 *
 * <p>Its title is a message key with up to two arguments, so that it reads in the reader's language.
 */
public record OitEvidence(
        String meaning, String titleKey, Object first, Object second, String link, Instant publishedAt) {

    /** A module's evidence for one fiscal year: for one meaning, or for every meaning when it is null. */
    public interface Source {
        List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String meaning);
    }

    /**
     * How many things of a fiscal year a module has to show for a meaning (news published, questions
     * answered): one piece of evidence titled with the count and the year, or none when there are none.
     */
    public static List<OitEvidence> counted(String meaning, String titleKey, long count, int fiscalYear, String link) {
        return count == 0 ? List.of() : List.of(new OitEvidence(meaning, titleKey, count, fiscalYear, link, null));
    }

    /** True when a source asked for {@code asked} (null for every one) should compute {@code meaning}. */
    public static boolean wanted(String asked, String meaning) {
        return asked == null || asked.equals(meaning);
    }
}
