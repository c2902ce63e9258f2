package org.prongsai.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.framework.Framework;
import org.prongsai.framework.NoFramework;
import org.prongsai.shared.AgencyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Next year's plan started from last year's, as most agencies write it: the same rows and measures, units,
 * people and working group kept, dates a year on, and the measures not finished carried with a note saying so. OIT items are
 * cited by the numbers of the year the new plan answers (the NACC renumbered them from 2568): an item is
 * followed by what it means, and one with no counterpart is left out and named in the note.
 */
@Service
public class PlanCarryOver {

    private final ImprovementManagement plans;
    private final MeasureTracking tracking;
    private final AssessmentManagement assessments;
    private final WorkingGroup workingGroup;

    private final Clock clock;

    PlanCarryOver(
            Clock clock,
            ImprovementManagement plans,
            MeasureTracking tracking,
            AssessmentManagement assessments,
            WorkingGroup workingGroup) {
        this.clock = clock;
        this.plans = plans;
        this.tracking = tracking;
        this.assessments = assessments;
        this.workingGroup = workingGroup;
    }

    @Transactional
    public PlanDocument copyPreviousYear(AgencyId agency, int planYear) {
        int from = planYear - 1;
        var previous = plans.plan(agency, from)
                .orElseThrow(() -> ImprovementManagement.refused("from", "improvement.copy.no-previous", from));
        var unfinished = unfinishedMeasures(agency, from);
        var oldFramework = framework(previous.assessedYear());
        var newFramework = framework(planYear - 1);
        var rows = new ArrayList<PlanDocument.Row>();
        for (var row : previous.rows()) {
            var measures = new ArrayList<PlanDocument.Measure>();
            for (var m : row.measures() == null ? List.<PlanDocument.Measure>of() : row.measures()) {
                var items = new LinkedHashSet<String>();
                var lost = new ArrayList<String>();
                for (var item : m.oitItems() == null ? List.<String>of() : m.oitItems()) {
                    var mapped = followed(item, oldFramework, newFramework);
                    if (mapped.isEmpty()) {
                        lost.add(item);
                    } else {
                        items.addAll(mapped);
                    }
                }
                var text = m.text();
                if (unfinished.contains(m.id())) {
                    text = text + " (ดำเนินการต่อจากปีงบประมาณ " + from + ")";
                }
                if (!lost.isEmpty()) {
                    text = text + " (ข้อ OIT " + String.join(", ", lost) + " ของปี " + previous.assessedYear()
                            + " ไม่มีข้อที่ตรงกันในปี " + (planYear - 1) + ")";
                }
                measures.add(new PlanDocument.Measure(
                        m.text() == null ? null : text,
                        m.unit(),
                        m.responsible(),
                        nextYear(m.startsOn()),
                        nextYear(m.dueOn()),
                        m.recurrence(),
                        m.expectedOutput(),
                        List.copyOf(items)));
            }
            rows.add(new PlanDocument.Row(
                    row.tool(),
                    row.indicator(),
                    row.indicatorLabel(),
                    row.reference(),
                    row.assessment(),
                    row.issue(),
                    row.measuresIntro(),
                    measures));
        }
        var copy = new PlanDocument(
                planYear,
                planYear - 1,
                previous.subject(),
                previous.body(),
                previous.headings(),
                null,
                previous.signer(),
                null,
                rows);
        plans.create(agency, copy);
        // The same working group, until the officer changes it.
        var members = workingGroup.members(agency, from);
        if (!members.isEmpty()) {
            workingGroup.replace(agency, planYear, members);
        }
        return plans.plan(agency, planYear).orElseThrow();
    }

    /** Measures of the year with an occurrence neither done nor dropped. */
    private Set<UUID> unfinishedMeasures(AgencyId agency, int planYear) {
        return tracking.board(agency, null, LocalDate.now(clock)).stream()
                .filter(o -> o.planYear() == planYear && !o.dropped() && o.status() != Occurrence.Status.DONE)
                .map(Occurrence::measureId)
                .collect(Collectors.toSet());
    }

    /** The item of the new year with the same meaning, or the same number when neither year is known. */
    private static List<String> followed(String item, Optional<Framework> from, Optional<Framework> to) {
        if (from.isEmpty()
                || to.isEmpty()
                || from.get().fiscalYear() == to.get().fiscalYear()) {
            return List.of(item);
        }
        var old = from.get().oitItem(item);
        if (old.isEmpty() || old.get().meanings().isEmpty()) {
            return List.of();
        }
        return old.get().meanings().stream()
                .flatMap(meaning -> to.get().itemsMeaning(meaning).stream())
                .map(org.prongsai.framework.OitItem::id)
                .distinct()
                .toList();
    }

    private Optional<Framework> framework(int year) {
        try {
            return Optional.of(assessments.framework(year));
        } catch (NoFramework e) {
            return Optional.empty();
        }
    }

    private static LocalDate nextYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }
}
