package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/**
 * The improvement plan as OIT evidence: every announcement issued for the year's plan is O42's (the measures),
 * every quarterly report an executive acknowledged is O43's (their progress).
 */
@Component
class PlanEvidence implements OitEvidence.Source {

    static final String MEASURES_ITEM = "O42";
    static final String PROGRESS_ITEM = "O43";

    private final ImprovementManagement improvement;
    private final QuarterlyReports reports;

    PlanEvidence(ImprovementManagement improvement, QuarterlyReports reports) {
        this.improvement = improvement;
        this.reports = reports;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String itemId) {
        var out = new ArrayList<OitEvidence>();
        if (OitEvidence.wanted(itemId, MEASURES_ITEM)) {
            improvement.allAnnouncements(agency).stream()
                    .filter(a -> a.planYear() == fiscalYear)
                    .forEach(a -> out.add(new OitEvidence(
                            MEASURES_ITEM,
                            "improvement.oit.announcement",
                            fiscalYear,
                            a.version(),
                            "/announcements/" + fiscalYear + "/" + a.version() + ".pdf",
                            a.issuedAt())));
        }
        if (OitEvidence.wanted(itemId, PROGRESS_ITEM)) {
            reports.acknowledgedReports(agency, fiscalYear)
                    .keySet()
                    .forEach(q -> out.add(new OitEvidence(
                            PROGRESS_ITEM,
                            "improvement.oit.report",
                            q,
                            fiscalYear,
                            "/reports/" + fiscalYear + "/" + q + ".pdf",
                            null)));
        }
        return out;
    }
}
