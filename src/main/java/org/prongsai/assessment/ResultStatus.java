package org.prongsai.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ItaStatus;
import org.springframework.stereotype.Component;

/** The latest ITA result the agency has: its year, total and grade (that year alone is scored, on every home page). */
@Component
class ResultStatus implements ItaStatus.Source {

    private final AssessmentManagement assessments;

    ResultStatus(AssessmentManagement assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<ItaStatus> status(AgencyId agency, LocalDate today) {
        var latest = assessments.latest(agency);
        if (latest.isEmpty()) {
            return List.of(new ItaStatus(
                    10,
                    "ita.status.result",
                    "ita.status.result.none",
                    null,
                    null,
                    ItaStatus.State.MISSING,
                    "/admin/ita"));
        }
        var last = latest.get();
        var total = last.shownTotal();
        var shown = total == null ? "–" : String.format(Locale.ROOT, "%.2f", total);
        var score = last.grade() == null ? shown : shown + " (" + last.grade() + ")";
        // Last year's result is out by now (the NACC publishes it around the year's end): an older one is news
        // that the import is still to do.
        int expected = FiscalYear.containing(today).buddhistYear() - 1;
        if (last.fiscalYear() < expected) {
            return List.of(new ItaStatus(
                    10,
                    "ita.status.result",
                    "ita.status.result.old",
                    expected,
                    last.fiscalYear() + " · " + score,
                    ItaStatus.State.PENDING,
                    "/admin/ita/" + expected));
        }
        return List.of(new ItaStatus(
                10,
                "ita.status.result",
                "ita.status.result.value",
                last.fiscalYear(),
                score,
                ItaStatus.State.DONE,
                "/admin/ita/" + last.fiscalYear()));
    }
}
