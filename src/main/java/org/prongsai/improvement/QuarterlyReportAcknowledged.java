package org.prongsai.improvement;

import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** An executive acknowledged a quarter's progress report, which is then published (OIT O43). */
public record QuarterlyReportAcknowledged(AgencyId agency, int planYear, int quarter)
        implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/|/announcements|" + PublicContentChanged.oitItem(PlanEvidence.PROGRESS_ITEM);
    }
}
