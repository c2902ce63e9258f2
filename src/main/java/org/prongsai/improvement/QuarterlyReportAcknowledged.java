package org.prongsai.improvement;

import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** An executive acknowledged a quarter's progress report, which is then published (the OIT item about its report). */
public record QuarterlyReportAcknowledged(AgencyId agency, int planYear, int quarter)
        implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/|/announcements";
    }

    @Override
    public java.util.List<String> oitMeanings() {
        return java.util.List.of(PlanEvidence.PROGRESS);
    }
}
