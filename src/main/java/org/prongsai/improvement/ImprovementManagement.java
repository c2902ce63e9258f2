package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.Unit;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The improvement module's API: plans, their rows and measures. {@link Announcements} issues them. */
@Service
public class ImprovementManagement {

    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final AssessmentManagement assessments;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final MeasureTracking tracking;
    private final PlanTables tables;

    ImprovementManagement(
            JdbcClient jdbc,
            AgencyManagement agencies,
            AssessmentManagement assessments,
            AuditTrail audit,
            JsonMapper json,
            MeasureTracking tracking,
            PlanTables tables) {
        this.tables = tables;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.assessments = assessments;
        this.audit = audit;
        this.json = json;
    }

    /** The wording most agencies use, with placeholders the announcement fills in. */
    public static PlanDocument emptyPlan(int planYear) {
        int assessed = planYear - 1;
        var headings = new LinkedHashMap<String, String>();
        headings.put("attachment", OfficialWords.of("improvement.plan.default.attachment"));
        headings.put("EIT-EP", OfficialWords.of("improvement.plan.default.eit-ep"));
        headings.put("EIT-ES", OfficialWords.of("improvement.plan.default.eit-es"));
        headings.put("OIT", OfficialWords.of("improvement.plan.default.oit"));
        var body = List.of(
                OfficialWords.of("improvement.plan.default.body.1"),
                OfficialWords.of("improvement.plan.default.body.2"));
        return new PlanDocument(
                planYear,
                assessed,
                OfficialWords.of("improvement.plan.default.subject"),
                body,
                headings,
                null,
                null,
                null,
                List.of());
    }

    @Transactional(readOnly = true)
    public Optional<PlanDocument> plan(AgencyId agency, int planYear) {
        return tables.read(agency, planYear);
    }

    /**
     * Starts the year's plan (from the weak points, empty, from a file or from last year's): refused when the
     * year has a plan already, so that a repeated or stale request never replaces one and its tracked work.
     */
    @Transactional
    public void create(AgencyId agency, PlanDocument plan) {
        if (planId(agency, plan.planYear()).isPresent()) {
            throw refused("plan", "improvement.plan.exists", plan.planYear());
        }
        save(agency, plan.withoutIds());
    }

    /**
     * Holds the plan's row until the transaction ends: a change to the plan and a request to sign it take turns,
     * so that a request never carries a plan a change has just left behind.
     */
    void lockPlan(AgencyId agency, int planYear) {
        tables.lock(agency, planYear);
    }

    /**
     * The executive is reading the announcement as it was sent: a change now would publish something other than
     * the plan. The officer withdraws the request first, then changes the plan and sends it again.
     */
    private void refuseWhileWaitingForSignature(AgencyId agency, int planYear) {
        lockPlan(agency, planYear);
        boolean waiting = jdbc.sql(
                        """
                        select exists (select from improvement_signing s
                            join improvement_plan p on p.agency_id = s.agency_id and p.id = s.plan_id
                            where s.agency_id = :a and p.plan_year = :y and s.status = 'SUBMITTED')
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query(Boolean.class)
                .single();
        if (waiting) {
            throw refused("signing", "improvement.signing.plan-waiting", planYear);
        }
    }

    Optional<UUID> planId(AgencyId agency, int planYear) {
        return tables.planId(agency, planYear);
    }

    /**
     * Saves an edit of the whole plan. Rows and measures are matched by id, never by position: an edit updates
     * them in place, a new one is added, and one left out is deleted, unless something was tracked against a
     * measure (an occurrence started or done, a progress note or file), which is refused: such a measure is
     * dropped with a reason instead. Everything is checked first; nothing is written when anything is refused.
     */
    @Transactional
    public void save(AgencyId agency, PlanDocument plan) {
        refuseWhileWaitingForSignature(agency, plan.planYear());
        var units = new HashMap<String, UUID>();
        agencies.units(agency).forEach(u -> units.put(u.nameTh(), u.id()));
        PlanCheck.check(plan, units.keySet());
        try {
            PlanCheck.checkCitedItems(plan, assessments.framework(plan.assessedYear()));
        } catch (org.prongsai.framework.NoFramework e) {
            // A year with no framework yet has no list to check the cited items against.
        }
        var before = plan(agency, plan.planYear())
                .map(p -> Map.of("rows", p.rows().size()))
                .orElse(null);
        var existing = planId(agency, plan.planYear());
        var id = existing.orElseGet(UUID::randomUUID);
        var savedRows = tables.rowIds(agency, id);
        var savedMeasures = tables.measures(agency, id);

        // Which saved rows and measures the edit keeps; an id that is not this plan's is a new one.
        var rowIds = new ArrayList<UUID>();
        var measureIds = new ArrayList<List<UUID>>();
        var keptMeasures = new java.util.HashSet<UUID>();
        for (var row : plan.rows()) {
            rowIds.add(row.id() != null && savedRows.contains(row.id()) ? row.id() : UUID.randomUUID());
            var ids = new ArrayList<UUID>();
            for (var measure : row.measures() == null ? List.<PlanDocument.Measure>of() : row.measures()) {
                var saved = measure.id() == null ? null : savedMeasures.get(measure.id());
                var measureId = saved != null && !saved.dropped() && keptMeasures.add(saved.id())
                        ? saved.id()
                        : UUID.randomUUID();
                ids.add(measureId);
            }
            measureIds.add(ids);
        }
        var left = savedMeasures.values().stream()
                .filter(m -> !m.dropped() && !keptMeasures.contains(m.id()))
                .toList();
        var tracked = tracking.withProgress(
                agency, left.stream().map(PlanTables.SavedMeasure::id).toList());
        if (!tracked.isEmpty()) {
            throw new PlanRefused(left.stream()
                    .filter(m -> tracked.contains(m.id()))
                    .map(m -> new PlanRefused.Problem("measure", "improvement.measure.tracked", List.of(m.text())))
                    .toList());
        }

        tables.writePlan(agency, id, plan);
        for (int r = 0; r < plan.rows().size(); r++) {
            var row = plan.rows().get(r);
            tables.writeRow(agency, id, r, rowIds.get(r), row);
        }
        for (int r = 0; r < plan.rows().size(); r++) {
            var measures = plan.rows().get(r).measures() == null
                    ? List.<PlanDocument.Measure>of()
                    : plan.rows().get(r).measures();
            for (int m = 0; m < measures.size(); m++) {
                saveMeasure(
                        agency,
                        rowIds.get(r),
                        m,
                        measureIds.get(r).get(m),
                        measures.get(m),
                        savedMeasures.get(measureIds.get(r).get(m)),
                        units,
                        plan.planYear());
            }
        }
        for (var gone : left) {
            tables.deleteMeasure(agency, gone.id());
        }
        // A row left out goes, unless it still holds a dropped measure (and its record): then it is hidden.
        for (var gone : savedRows) {
            if (rowIds.contains(gone)) {
                continue;
            }
            tables.removeRow(agency, gone);
        }
        audit.record(
                agency,
                existing.isPresent() ? "update" : "create",
                "improvement_plan",
                plan.planYear(),
                before,
                Map.of("rows", plan.rows().size()));
    }

    private void saveMeasure(
            AgencyId agency,
            UUID rowId,
            int position,
            UUID measureId,
            PlanDocument.Measure measure,
            PlanTables.SavedMeasure saved,
            Map<String, UUID> units,
            int planYear) {
        var recurrence = measure.recurrence() == null ? PlanDocument.Recurrence.NONE : measure.recurrence();
        boolean scheduleChanged = saved == null
                || !java.util.Objects.equals(saved.dueOn(), measure.dueOn())
                || !recurrence.name().equals(saved.recurrence());
        tables.writeMeasure(agency, rowId, position, measureId, measure, units.get(measure.unit()), recurrence);
        if (scheduleChanged) {
            tracking.schedule(agency, measureId, Schedule.occurrences(recurrence, measure.dueOn(), planYear));
        }
    }

    /**
     * Drops a measure of the year's plan that is not to be carried out after all: it leaves the plan (and the
     * next version of its announcement), and what was done stays on record with the reason.
     */
    @Transactional
    public void dropMeasure(AgencyId agency, int planYear, UUID measureId, String reason) {
        var plan = planId(agency, planYear).orElseThrow(() -> refused("plan", "improvement.plan.none", planYear));
        refuseWhileWaitingForSignature(agency, planYear);
        if (reason == null || reason.isBlank()) {
            throw refused("reason", "improvement.measure.reason-missing");
        }
        jdbc.sql(
                        """
                        select m.text from improvement_measure m
                        join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        where m.agency_id = :a and m.id = :m and r.plan_id = :p and m.status <> 'DROPPED'
                        """)
                .param("a", agency.value())
                .param("m", measureId)
                .param("p", plan)
                .query(String.class)
                .optional()
                .orElseThrow(() -> refused("measure", "improvement.measure.unknown"));
        tracking.drop(agency, measureId, reason);
    }

    /**
     * A first draft from the assessed year's weak points: one row per weak question or item with the NACC's
     * recommendation as the issue to fix, in the order of the questions (ES2, ES6, ES10, not ES10 before ES6),
     * and, when asked for, "ควรรักษามาตรฐานไว้" for indicators with none.
     */
    @Transactional
    public PlanDocument startFromWeakPoints(AgencyId agency, int planYear, boolean keepStandardRows) {
        int assessed = planYear - 1;
        var framework = assessments.framework(assessed);
        if (assessments.official(agency, assessed).isEmpty()) {
            throw refused("plan", "improvement.plan.no-results", assessed);
        }
        var weak = assessments.weakPoints(agency, assessed, framework.grades().passMark());
        var draft = emptyPlan(planYear);
        var rows = WeakPointDraft.rows(framework, weak, keepStandardRows);
        var plan = new PlanDocument(
                planYear, assessed, draft.subject(), draft.body(), draft.headings(), null, null, null, rows);
        return plan;
    }

    public String toJson(PlanDocument plan) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    }

    public PlanDocument fromJson(byte[] content) {
        try {
            return json.readValue(content, PlanDocument.class);
        } catch (RuntimeException e) {
            throw refused("file", "improvement.import.unreadable", e.getMessage());
        }
    }

    public List<Unit> units(AgencyId agency) {
        return agencies.units(agency);
    }

    public static PlanRefused refused(String where, String key, Object... args) {
        return new PlanRefused(List.of(new PlanRefused.Problem(
                where, key, Arrays.stream(args).map(String::valueOf).toList())));
    }
}
