package org.prongsai.improvement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.prongsai.shared.FiscalYear;

/**
 * When a measure must be done: once by its due date, at the end of each month or quarter of the plan's
 * fiscal year, or at each activity (occurrences then added as activities happen).
 */
final class Schedule {

    private Schedule() {}

    static List<LocalDate> occurrences(PlanDocument.Recurrence recurrence, LocalDate dueOn, int planYear) {
        var year = FiscalYear.of(planYear);
        var dates = new ArrayList<LocalDate>();
        switch (recurrence) {
            case NONE -> dates.add(dueOn);
            case MONTHLY -> {
                for (int m = 0; m < 12; m++) {
                    dates.add(YearMonth.from(year.start()).plusMonths(m).atEndOfMonth());
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    dates.add(
                            YearMonth.from(year.start()).plusMonths(q * 3L - 1).atEndOfMonth());
                }
            }
            case PER_ACTIVITY -> {
                // added one by one as activities are held
            }
        }
        return Collections.unmodifiableList(dates);
    }
}
