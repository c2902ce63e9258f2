package org.prongsai.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.prongsai.account.AccountManagement;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ToDo;
import org.prongsai.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * The executive's signatures and acknowledgements, the officer's returned announcements, the executive's
 * instructions to a unit, and everyone's late and coming measures.
 */
@Component
class ImprovementToDo implements ToDo.Source {

    private static final int DUE_WITHIN_DAYS = 14;

    private final AnnouncementSigning signing;
    private final ImprovementManagement plans;
    private final QuarterlyReports reports;
    private final MeasureTracking tracking;
    private final AccountManagement accounts;
    private final Instructions instructions;

    ImprovementToDo(
            AnnouncementSigning signing,
            ImprovementManagement plans,
            QuarterlyReports reports,
            MeasureTracking tracking,
            AccountManagement accounts,
            Instructions instructions) {
        this.accounts = accounts;
        this.instructions = instructions;
        this.signing = signing;
        this.plans = plans;
        this.reports = reports;
        this.tracking = tracking;
    }

    @Override
    public List<ToDo> toDo(AgencyId agency, Set<String> roles, LocalDate today) {
        var out = new ArrayList<ToDo>();
        var year = FiscalYear.containing(today);
        if (roles.contains(AccessRules.EXECUTIVE)) {
            for (var waiting : signing.waiting(agency)) {
                out.add(new ToDo(
                        ToDo.Tone.WAITING,
                        "improvement.todo.sign",
                        waiting.planYear(),
                        null,
                        "/admin/plans/" + waiting.planYear() + "/signing/" + waiting.id()));
            }
            if (plans.plan(agency, year.buddhistYear()).isPresent()) {
                var acknowledged = reports.acknowledgedReports(agency, year.buddhistYear());
                for (int quarter = 1; quarter < year.quarterOf(today); quarter++) {
                    if (!acknowledged.containsKey(quarter)) {
                        out.add(new ToDo(
                                ToDo.Tone.WAITING,
                                "improvement.todo.acknowledge",
                                quarter,
                                year.buddhistYear(),
                                "/admin/plans/" + year.buddhistYear() + "/reports/" + quarter));
                    }
                }
            }
        }
        if (roles.contains(AccessRules.ITA_OFFICER) || roles.contains(AccessRules.ADMIN)) {
            for (var returned : signing.returned(agency)) {
                out.add(new ToDo(
                        ToDo.Tone.WAITING,
                        "improvement.todo.returned",
                        returned.planYear(),
                        returned.comment(),
                        "/admin/plans/" + returned.planYear()));
            }
        }
        if (roles.contains(AccessRules.UNIT_HEAD) || roles.contains(AccessRules.STAFF)) {
            // The executive's instructions to this person's unit, until someone of the unit says it read them.
            var unit = accounts.currentUnit(agency).orElse(null);
            if (unit != null) {
                for (var instruction : instructions.unreadBy(agency, unit)) {
                    out.add(new ToDo(
                            ToDo.Tone.WAITING,
                            "improvement.todo.instruction",
                            instruction.quarter(),
                            instruction.planYear(),
                            "/admin/measures#instructions"));
                }
            }
        }
        if (roles.stream().anyMatch(Set.of(AccessRules.PUBLISHERS)::contains)
                || roles.contains(AccessRules.EXECUTIVE)) {
            // A unit's head and staff count their own unit's measures, as their board shows them; those who
            // follow every unit's work count all.
            boolean followsAll = roles.contains(AccessRules.ITA_OFFICER)
                    || roles.contains(AccessRules.ADMIN)
                    || roles.contains(AccessRules.EXECUTIVE);
            UUID unit = followsAll ? null : accounts.currentUnit(agency).orElse(null);
            if (!followsAll && unit == null) {
                return out;
            }
            var board = tracking.board(agency, unit, today);
            long late = board.stream().filter(o -> o.lateOn(today)).count();
            long due = board.stream()
                    .filter(o -> !o.lateOn(today)
                            && !o.dropped()
                            && o.status() != Occurrence.Status.DONE
                            && o.dueOn() != null
                            && !o.dueOn().isAfter(today.plusDays(DUE_WITHIN_DAYS)))
                    .count();
            if (late > 0) {
                out.add(new ToDo(ToDo.Tone.LATE, "improvement.todo.late", late, null, "/admin/measures?show=LATE"));
            }
            if (due > 0) {
                out.add(new ToDo(ToDo.Tone.DUE, "improvement.todo.due", due, null, "/admin/measures?show=OPEN"));
            }
        }
        return out;
    }
}
