package org.prongsai.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ItaStatus;
import org.springframework.stereotype.Component;

/** This fiscal year's plan (drafted, waiting for the signature, signed) and its quarterly reports acknowledged. */
@Component
class ImprovementStatus implements ItaStatus.Source {

    private final ImprovementManagement plans;
    private final Announcements announcements;
    private final AnnouncementSigning signing;
    private final QuarterlyReports reports;

    ImprovementStatus(
            ImprovementManagement plans,
            Announcements announcements,
            AnnouncementSigning signing,
            QuarterlyReports reports) {
        this.plans = plans;
        this.announcements = announcements;
        this.signing = signing;
        this.reports = reports;
    }

    @Override
    public List<ItaStatus> status(AgencyId agency, LocalDate today) {
        var fiscal = FiscalYear.containing(today);
        int year = fiscal.buddhistYear();
        var link = "/admin/plans/" + year;
        var out = new ArrayList<ItaStatus>();
        if (plans.plan(agency, year).isEmpty()) {
            out.add(new ItaStatus(
                    20,
                    "improvement.status.plan",
                    "improvement.status.plan.none",
                    year,
                    null,
                    ItaStatus.State.MISSING,
                    link));
            return out;
        }
        var issued = announcements.announcements(agency, year);
        var waiting = signing.latest(agency, year)
                .filter(s -> s.status() == AnnouncementSigning.Status.SUBMITTED)
                .isPresent();
        if (waiting) {
            out.add(new ItaStatus(
                    20,
                    "improvement.status.plan",
                    "improvement.status.plan.waiting",
                    year,
                    null,
                    ItaStatus.State.PENDING,
                    link));
        } else if (!issued.isEmpty()) {
            var last = issued.get(issued.size() - 1);
            out.add(new ItaStatus(
                    20,
                    "improvement.status.plan",
                    "improvement.status.plan.signed",
                    year,
                    last.announcedOn(),
                    ItaStatus.State.DONE,
                    link));
        } else {
            out.add(new ItaStatus(
                    20,
                    "improvement.status.plan",
                    "improvement.status.plan.draft",
                    year,
                    null,
                    ItaStatus.State.PENDING,
                    link));
        }
        // The quarters already over: each one's report should be acknowledged by now.
        int over = fiscal.quarterOf(today) - 1;
        if (over > 0) {
            long seen = reports.acknowledgedReports(agency, year).keySet().stream()
                    .filter(q -> q <= over)
                    .count();
            out.add(new ItaStatus(
                    30,
                    "improvement.status.reports",
                    "improvement.status.reports.value",
                    seen,
                    over,
                    seen >= over ? ItaStatus.State.DONE : ItaStatus.State.PENDING,
                    "/admin/plans/" + year + "/reports/" + Math.min(over, seen + 1)));
        }
        return out;
    }
}
