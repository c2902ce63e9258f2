package org.prongsai.improvement;

import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** The chief executive's announcement of a plan was issued as a new version and published (the OIT item about the improvement plan). */
public record AnnouncementIssued(AgencyId agency, int planYear, int version) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/|/announcements";
    }

    @Override
    public java.util.List<String> oitMeanings() {
        return java.util.List.of(PlanEvidence.MEASURES);
    }
}
