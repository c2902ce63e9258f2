package org.prongsai.improvement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every measure moving: its occurrences, their states, the boards. {@link ProgressNotes} keeps the notes. */
@Service
public class MeasureTracking {

    private static final String OCCURRENCE_COLUMNS =
            """
            o.id, o.measure_id, p.plan_year, r.tool, r.indicator, r.reference, m.text as measure, m.unit_id, o.due_on,
            o.status, o.done_on, m.status = 'DROPPED' as dropped, o.position,
            (select count(*) from improvement_occurrence x where x.agency_id = o.agency_id and x.measure_id = o.measure_id)
                as occurrences
            from improvement_occurrence o
            join improvement_measure m on m.agency_id = o.agency_id and m.id = o.measure_id
            join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
            join improvement_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AgencyManagement agencies;

    MeasureTracking(JdbcClient jdbc, AuditTrail audit, AgencyManagement agencies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
    }

    /** Unit names come from the agency module, not from a join into its table. */
    private List<Occurrence> named(AgencyId agency, List<Occurrence> found) {
        var names = new java.util.HashMap<UUID, String>();
        agencies.units(agency).forEach(u -> names.put(u.id(), u.nameTh()));
        return found.stream().map(o -> o.withUnit(names.get(o.unitId()))).toList();
    }

    /**
     * Of these measures, those something was tracked against: an occurrence started or done, or a progress
     * note or file on any of its occurrences.
     */
    java.util.Set<UUID> withProgress(AgencyId agency, List<UUID> measureIds) {
        if (measureIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql(
                        """
                        select distinct o.measure_id from improvement_occurrence o
                        where o.agency_id = :a and o.measure_id in (:ids)
                          and (o.status <> 'PLANNED' or exists (select 1 from improvement_progress g
                               where g.agency_id = o.agency_id and g.occurrence_id = o.id))
                        """)
                .param("a", agency.value())
                .param("ids", measureIds)
                .query(UUID.class)
                .list());
    }

    /**
     * Sets a measure's occurrences to the given due dates; occurrences already done, or with progress written,
     * are kept. Only as part of saving the plan.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void schedule(AgencyId agency, UUID measureId, List<LocalDate> dueDates) {
        jdbc.sql(
                        """
                        delete from improvement_occurrence o where o.agency_id = :a and o.measure_id = :m
                          and o.status <> 'DONE'
                          and not exists (select 1 from improvement_progress g where g.agency_id = o.agency_id
                                          and g.occurrence_id = o.id)
                        """)
                .param("a", agency.value())
                .param("m", measureId)
                .update();
        var kept = jdbc.sql("select due_on from improvement_occurrence where agency_id = :a and measure_id = :m")
                .param("a", agency.value())
                .param("m", measureId)
                .query((rs, n) -> Optional.ofNullable(rs.getDate("due_on")).map(Date::toLocalDate))
                .list();
        int position = kept.size();
        for (var due : dueDates) {
            if (kept.contains(Optional.ofNullable(due))) {
                continue;
            }
            insert(agency, measureId, position++, due);
        }
    }

    private UUID insert(AgencyId agency, UUID measureId, int position, LocalDate due) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into improvement_occurrence (agency_id, id, measure_id, position, due_on)
                        values (:a, :id, :m, :position, :due)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("m", measureId)
                .param("position", position)
                .param("due", due == null ? null : Date.valueOf(due))
                .update();
        return id;
    }

    /** For a measure done at each activity: one more occurrence, the day it is held. */
    @Transactional
    public UUID addOccurrence(AgencyId agency, UUID measureId, LocalDate heldOn) {
        int position = jdbc.sql("select count(*) from improvement_occurrence where agency_id = :a and measure_id = :m")
                .param("a", agency.value())
                .param("m", measureId)
                .query(Integer.class)
                .single();
        var id = insert(agency, measureId, position, heldOn);
        audit.record(agency, "create", "improvement_occurrence", id, null, Map.of("dueOn", String.valueOf(heldOn)));
        return id;
    }

    /** A unit's occurrences (every unit's when unitId is null), late ones first, then by due date. */
    @Transactional(readOnly = true)
    public List<Occurrence> board(AgencyId agency, UUID unitId, LocalDate today) {
        var list = named(
                agency,
                jdbc.sql("select " + OCCURRENCE_COLUMNS
                                + " where o.agency_id = :a and (cast(:unit as uuid) is null or m.unit_id = :unit)")
                        .param("a", agency.value())
                        .param("unit", unitId)
                        .query(MeasureTracking::occurrence)
                        .list());
        return list.stream()
                .sorted(Comparator.comparing((Occurrence o) -> !o.lateOn(today))
                        .thenComparing(o -> o.status() == Occurrence.Status.DONE || o.dropped())
                        .thenComparing(o -> o.dueOn() == null ? LocalDate.MAX : o.dueOn())
                        .thenComparing(Occurrence::measure))
                .toList();
    }

    /** Why a measure exists and what it must give: its row's weak point, the person, the output, the OIT items. */
    public record MeasureContext(
            String tool,
            String indicatorLabel,
            String assessment,
            String issue,
            String responsible,
            String expectedOutput,
            String oitItems) {}

    @Transactional(readOnly = true)
    public Optional<MeasureContext> context(AgencyId agency, UUID occurrenceId) {
        return jdbc.sql(
                        """
                        select r.tool, coalesce(r.indicator_label, r.indicator) as indicator_label, r.assessment,
                               r.issue, m.responsible, m.expected_output, array_to_string(m.oit_items, ', ') as oit_items
                        from improvement_occurrence o
                        join improvement_measure m on m.agency_id = o.agency_id and m.id = o.measure_id
                        join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        where o.agency_id = :a and o.id = :id
                        """)
                .param("a", agency.value())
                .param("id", occurrenceId)
                .query((rs, n) -> new MeasureContext(
                        rs.getString("tool"),
                        rs.getString("indicator_label"),
                        rs.getString("assessment"),
                        rs.getString("issue"),
                        rs.getString("responsible"),
                        rs.getString("expected_output"),
                        rs.getString("oit_items")))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Occurrence> occurrence(AgencyId agency, UUID id) {
        return named(
                        agency,
                        jdbc.sql("select " + OCCURRENCE_COLUMNS + " where o.agency_id = :a and o.id = :id")
                                .param("a", agency.value())
                                .param("id", id)
                                .query(MeasureTracking::occurrence)
                                .list())
                .stream()
                .findFirst();
    }

    /** Moves an occurrence on (in progress, done today), as its state allows. */
    @Transactional
    public void changeStatus(AgencyId agency, UUID occurrenceId, Occurrence.Status wanted, LocalDate today) {
        changeStatus(agency, occurrenceId, wanted, today, today);
    }

    /**
     * Moves an occurrence on; done on the day it was really done, which the quarterly report counts in its
     * quarter: never after today, never before the plan's fiscal year began.
     */
    @Transactional
    public void changeStatus(
            AgencyId agency, UUID occurrenceId, Occurrence.Status wanted, LocalDate doneOn, LocalDate today) {
        var current = occurrence(agency, occurrenceId)
                .orElseThrow(() -> ImprovementManagement.refused("occurrence", "improvement.track.not-found"));
        var next = current.next(wanted);
        if (next == Occurrence.Status.DONE) {
            if (doneOn == null) {
                doneOn = today;
            }
            if (doneOn.isAfter(today)) {
                throw ImprovementManagement.refused("doneOn", "improvement.track.done-in-future");
            }
            if (doneOn.isBefore(FiscalYear.of(current.planYear()).start())) {
                throw ImprovementManagement.refused(
                        "doneOn", "improvement.track.done-before-year", String.valueOf(current.planYear()));
            }
        }
        jdbc.sql("update improvement_occurrence set status = :s, done_on = :done where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", occurrenceId)
                .param("s", next.name())
                .param("done", next == Occurrence.Status.DONE ? Date.valueOf(doneOn) : null)
                .update();
        audit.record(
                agency,
                "status",
                "improvement_occurrence",
                occurrenceId,
                Map.of("status", current.status().name()),
                Map.of("status", next.name()));
    }

    /** A measure given up, with the reason, which the quarterly report shows. */
    @Transactional
    public void drop(AgencyId agency, UUID measureId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw ImprovementManagement.refused("reason", "improvement.track.reason-required");
        }
        // A dropped measure leaves the plan: not while the executive reads the plan as it was sent. The plan's row
        // is held until this ends, so a request to sign and this drop take turns.
        jdbc.sql(
                        """
                        select p.id from improvement_measure m
                        join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        join improvement_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
                        where m.agency_id = :a and m.id = :id
                        for update of p
                        """)
                .param("a", agency.value())
                .param("id", measureId)
                .query(UUID.class)
                .optional();
        var waiting = jdbc.sql(
                        """
                        select p.plan_year from improvement_measure m
                        join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        join improvement_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
                        join improvement_signing s on s.agency_id = p.agency_id and s.plan_id = p.id
                        where m.agency_id = :a and m.id = :id and s.status = 'SUBMITTED'
                        """)
                .param("a", agency.value())
                .param("id", measureId)
                .query(Integer.class)
                .optional();
        if (waiting.isPresent()) {
            throw ImprovementManagement.refused(
                    "signing", "improvement.signing.plan-waiting", String.valueOf(waiting.get()));
        }
        jdbc.sql(
                        """
                        update improvement_measure set status = 'DROPPED', dropped_reason = :r, dropped_at = now(),
                            dropped_by = :by where agency_id = :a and id = :id
                        """)
                .param("a", agency.value())
                .param("id", measureId)
                .param("r", reason.strip())
                .param(
                        "by",
                        org.prongsai.shared.StaffIdentity.current()
                                .map(org.prongsai.shared.StaffIdentity::displayName)
                                .orElse("system"))
                .update();
        audit.record(agency, "drop", "improvement_measure", measureId, null, Map.of("reason", reason.strip()));
    }

    private static Occurrence occurrence(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var due = rs.getDate("due_on");
        var done = rs.getDate("done_on");
        return new Occurrence(
                rs.getObject("id", UUID.class),
                rs.getObject("measure_id", UUID.class),
                rs.getInt("plan_year"),
                rs.getString("tool"),
                rs.getString("indicator"),
                rs.getString("reference"),
                rs.getString("measure"),
                null,
                rs.getObject("unit_id", UUID.class),
                due == null ? null : due.toLocalDate(),
                Occurrence.Status.valueOf(rs.getString("status")),
                done == null ? null : done.toLocalDate(),
                rs.getBoolean("dropped"),
                rs.getInt("position"),
                rs.getInt("occurrences"));
    }
}
