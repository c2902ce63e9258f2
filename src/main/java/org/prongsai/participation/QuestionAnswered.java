package org.prongsai.participation;

import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/**
 * A citizen's question was answered in public (the OIT item about a two-way channel counts it). A question that is only asked changes
 * no public page and sends no event.
 */
public record QuestionAnswered(AgencyId agency, UUID questionId) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/qa";
    }

    @Override
    public java.util.List<String> oitMeanings() {
        return java.util.List.of(QaEvidence.MEANING);
    }
}
