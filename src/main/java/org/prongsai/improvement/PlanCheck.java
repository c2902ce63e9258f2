package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.prongsai.shared.FiscalYear;

/** Everything a plan must be before it is saved, and before its announcement is issued. */
final class PlanCheck {

    private static final Pattern OIT_ITEM = Pattern.compile("^O\\d{1,2}$");
    private static final int LONG_TEXT = 10_000;

    private PlanCheck() {}

    static void check(PlanDocument plan, Collection<String> units) {
        var problems = new ArrayList<PlanRefused.Problem>();
        if (plan.planYear() < 2560 || plan.planYear() > 2700) {
            problems.add(problem("planYear", "improvement.check.year", plan.planYear()));
            throw new PlanRefused(problems);
        }
        if (plan.assessedYear() >= plan.planYear()) {
            problems.add(
                    problem("assessedYear", "improvement.check.assessed-year", plan.assessedYear(), plan.planYear()));
        }
        if (blank(plan.subject()) || plan.subject().length() > 500) {
            problems.add(problem("subject", "improvement.check.subject"));
        }
        if (plan.body() == null
                || plan.body().isEmpty()
                || plan.body().stream().anyMatch(p -> p == null || p.length() > LONG_TEXT)) {
            problems.add(problem("body", "improvement.check.body"));
        }
        var year = FiscalYear.of(plan.planYear());
        int lastTool = -1;
        var rows = plan.rows() == null ? List.<PlanDocument.Row>of() : plan.rows();
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            var where = "rows[" + (r + 1) + "]";
            int tool = PlanDocument.TOOLS.indexOf(row.tool());
            if (tool < 0) {
                problems.add(problem(where, "improvement.check.tool", row.tool()));
                continue;
            }
            if (tool < lastTool) {
                problems.add(problem(where, "improvement.check.tool-order", row.tool()));
            }
            lastTool = Math.max(lastTool, tool);
            if (blank(row.indicator()) || row.indicator().length() > 10) {
                problems.add(problem(where, "improvement.check.indicator"));
            }
            // A row may continue the one above it with more issues only, as printed announcements do.
            if (blank(row.assessment()) && blank(row.issue())
                    || row.assessment() != null && row.assessment().length() > LONG_TEXT) {
                problems.add(problem(where, "improvement.check.assessment"));
            }
            if (row.issue() == null || row.issue().length() > LONG_TEXT) {
                problems.add(problem(where, "improvement.check.issue"));
            }
            var measures = row.measures() == null ? List.<PlanDocument.Measure>of() : row.measures();
            for (int m = 0; m < measures.size(); m++) {
                var measure = measures.get(m);
                var at = where + ".measures[" + (m + 1) + "]";
                if (blank(measure.text()) || measure.text().length() > LONG_TEXT) {
                    problems.add(problem(at, "improvement.check.measure-text"));
                }
                if (blank(measure.unit())) {
                    problems.add(problem(at, "improvement.check.unit-missing"));
                } else if (!units.contains(measure.unit())) {
                    problems.add(problem(at, "improvement.check.unit-unknown", measure.unit()));
                }
                if (measure.dueOn() != null && !year.contains(measure.dueOn())) {
                    problems.add(problem(
                            at,
                            "improvement.check.due-outside",
                            org.prongsai.shared.BuddhistDates.format(measure.dueOn()),
                            plan.planYear()));
                }
                if (measure.startsOn() != null
                        && measure.dueOn() != null
                        && measure.startsOn().isAfter(measure.dueOn())) {
                    problems.add(problem(at, "improvement.check.start-after-due"));
                }
                if (measure.oitItems() != null) {
                    for (var item : measure.oitItems()) {
                        if (!OIT_ITEM.matcher(item).matches()) {
                            problems.add(problem(at, "improvement.check.oit-item", item));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRefused(problems);
        }
    }

    /** An announcement needs its date, its signer, and the meeting its body speaks of. */
    static void checkForIssue(PlanDocument plan) {
        var problems = new ArrayList<PlanRefused.Problem>();
        if (plan.announcedOn() == null) {
            problems.add(problem("announcedOn", "improvement.issue.date-missing"));
        }
        if (plan.signer() == null
                || blank(plan.signer().name())
                || blank(plan.signer().position())) {
            problems.add(problem("signer", "improvement.issue.signer-missing"));
        }
        boolean speaksOfMeeting = plan.body().stream().anyMatch(p -> p.contains("{meeting"));
        if (speaksOfMeeting
                && (plan.meeting() == null
                        || plan.meeting().heldOn() == null
                        || plan.meeting().number() == null)) {
            problems.add(problem("meeting", "improvement.issue.meeting-missing"));
        }
        if (plan.rows().isEmpty()) {
            problems.add(problem("rows", "improvement.issue.no-rows"));
        }
        if (!problems.isEmpty()) {
            throw new PlanRefused(problems);
        }
    }

    /**
     * The OIT items a measure cites are those of the framework the plan answers (its assessed year): O42 is
     * the improvement plan in 2566 and does not exist from 2568 on, where the list has 26 items.
     */
    static void checkCitedItems(PlanDocument plan, org.prongsai.framework.Framework framework) {
        var problems = new ArrayList<PlanRefused.Problem>();
        for (int r = 0; r < plan.rows().size(); r++) {
            var measures = plan.rows().get(r).measures() == null
                    ? List.<PlanDocument.Measure>of()
                    : plan.rows().get(r).measures();
            for (int m = 0; m < measures.size(); m++) {
                for (var item : measures.get(m).oitItems() == null
                        ? List.<String>of()
                        : measures.get(m).oitItems()) {
                    if (item.matches("O\\d{1,2}") && framework.oitItem(item).isEmpty()) {
                        problems.add(new PlanRefused.Problem(
                                "rows[" + (r + 1) + "].measures[" + (m + 1) + "]",
                                "improvement.check.oit-item-unknown",
                                List.of(item, String.valueOf(plan.assessedYear()))));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRefused(problems);
        }
    }

    private static PlanRefused.Problem problem(String where, String key, Object... arguments) {
        return new PlanRefused.Problem(
                where,
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
