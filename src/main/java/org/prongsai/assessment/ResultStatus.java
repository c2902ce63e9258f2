package org.prongsai.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ItaStatus;
import org.springframework.stereotype.Component;

/** The latest ITA result the agency has: its year, total and grade. */
@Component
class ResultStatus implements ItaStatus.Source {

    private final AssessmentManagement assessments;

    ResultStatus(AssessmentManagement assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<ItaStatus> status(AgencyId agency, LocalDate today) {
        var history = assessments.history(agency);
        if (history.isEmpty()) {
            return List.of(new ItaStatus(
                    10,
                    "ita.status.result",
                    "ita.status.result.none",
                    null,
                    null,
                    ItaStatus.State.MISSING,
                    "/admin/ita"));
        }
        var last = history.get(history.size() - 1);
        var total = last.shownTotal();
        var shown = total == null ? "–" : String.format(Locale.ROOT, "%.2f", total);
        return List.of(new ItaStatus(
                10,
                "ita.status.result",
                "ita.status.result.value",
                last.fiscalYear(),
                last.grade() == null ? shown : shown + " (" + last.grade() + ")",
                ItaStatus.State.DONE,
                "/admin/ita/" + last.fiscalYear()));
    }
}
