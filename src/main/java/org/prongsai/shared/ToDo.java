package org.prongsai.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Something a signed-in person should do now, shown on the back office's home: an announcement to sign, a
 * quarterly report to acknowledge, measures late, questions unanswered. A module offers its to-dos by
 * implementing {@link Source}, as it offers OIT evidence; the home page lists whatever the sources give.
 *
 * <p>Its text is a message key with up to two arguments, so that it reads in the reader's language.
 */
public record ToDo(Tone tone, String textKey, Object first, Object second, String link) {

    /** How soon: late first, then waiting for this person, then due soon, then what is only good to know. */
    public enum Tone {
        LATE,
        WAITING,
        DUE,
        INFO
    }

    public interface Source {
        /** @param roles the person's role names (ITA_OFFICER, EXECUTIVE, …) */
        List<ToDo> toDo(AgencyId agency, Set<String> roles, LocalDate today);
    }
}
