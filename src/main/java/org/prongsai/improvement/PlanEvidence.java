package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/**
 * The improvement plan as OIT evidence: every announcement issued for the year's plan is the measures
 * (O42 in 2566 and 2567, O25 in 2569), every quarterly report an executive acknowledged their progress (O43,
 * O26).
 */
@Component
class PlanEvidence implements OitEvidence.Source {

    static final String MEASURES = "improvement-plan";
    static final String PROGRESS = "improvement-report";

    private final Announcements announcements;
    private final QuarterlyReports reports;

    PlanEvidence(Announcements announcements, QuarterlyReports reports) {
        this.announcements = announcements;
        this.reports = reports;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String meaning) {
        var out = new ArrayList<OitEvidence>();
        if (OitEvidence.wanted(meaning, MEASURES)) {
            announcements.allAnnouncements(agency).stream()
                    .filter(a -> a.planYear() == fiscalYear)
                    .forEach(a -> out.add(new OitEvidence(
                            MEASURES,
                            "improvement.oit.announcement",
                            fiscalYear,
                            a.version(),
                            "/announcements/" + fiscalYear + "/" + a.version() + ".pdf",
                            a.issuedAt())));
        }
        if (OitEvidence.wanted(meaning, PROGRESS)) {
            reports.acknowledgedReports(agency, fiscalYear)
                    .keySet()
                    .forEach(q -> out.add(new OitEvidence(
                            PROGRESS,
                            "improvement.oit.report",
                            q,
                            fiscalYear,
                            "/reports/" + fiscalYear + "/" + q + ".pdf",
                            null)));
        }
        return out;
    }
}
