package org.prongsai.participation;

import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/**
 * A citizen's question was answered in public (OIT item O8 counts it). A question that is only asked changes
 * no public page and sends no event.
 */
public record QuestionAnswered(AgencyId agency, UUID questionId) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return PublicContentChanged.oitItem(QaEvidence.ITEM);
    }
}
