package org.prongsai.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What staff publish: a publication date left empty means today; the unit is one of the agency's. */
public record EvidenceForm(
        String title,
        String body,
        String link,
        Integer dataYear,
        List<Integer> elements,
        UUID unitId,
        LocalDate publishedOn) {

    public EvidenceForm(String title, String body, String link, Integer dataYear, List<Integer> elements) {
        this(title, body, link, dataYear, elements, null, null);
    }
}
