package org.prongsai.disclosure;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/**
 * Evidence for an OIT item was published, or its file replaced by a newer version (then year and item are not
 * looked up again, and are null).
 */
public record EvidencePublished(AgencyId agency, @Nullable Integer fiscalYear, @Nullable String itemId, UUID evidenceId)
        implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return fiscalYear == null || itemId == null ? "/oit/.*" : "/oit/" + fiscalYear + "(/" + itemId + ")?";
    }
}
