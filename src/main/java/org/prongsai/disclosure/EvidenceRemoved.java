package org.prongsai.disclosure;

import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** Evidence for an OIT item was taken down. */
public record EvidenceRemoved(AgencyId agency, UUID evidenceId) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/oit/.*";
    }
}
