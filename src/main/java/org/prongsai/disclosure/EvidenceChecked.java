package org.prongsai.disclosure;

import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** The nightly check read every evidence file back; item pages show a file that no longer opens. */
public record EvidenceChecked(AgencyId agency, int files, int broken) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/oit/.*";
    }
}
