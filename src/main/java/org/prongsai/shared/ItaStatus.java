package org.prongsai.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of where the agency stands in this year's ITA cycle, on the back office's home: the last result, the
 * improvement plan and its signature, the quarterly reports, the OIT items. A module offers its lines by
 * implementing {@link Source}, as it offers to-dos.
 *
 * <p>{@code labelKey} names the line; {@code valueKey} says where it stands, with up to two arguments, so that
 * it reads in the reader's language.
 */
public record ItaStatus(
        int order, String labelKey, String valueKey, Object first, Object second, State state, String link) {

    /** Done, under way, or not started: shown as a mark beside the line, never by colour alone. */
    public enum State {
        DONE,
        PENDING,
        MISSING
    }

    public interface Source {
        List<ItaStatus> status(AgencyId agency, LocalDate today);
    }
}
