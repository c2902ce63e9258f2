package org.prongsai.improvement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
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
import org.prongsai.assessment.WeakPoint;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.FileStore;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The improvement module's API: plans, their rows and measures, and the issued announcements. */
@Service
public class ImprovementManagement {

    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final AssessmentManagement assessments;
    private final FileStore files;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final MeasureTracking tracking;

    private final ApplicationEventPublisher events;

    private final RenderedFiles rendered;

    ImprovementManagement(
            JdbcClient jdbc,
            AgencyManagement agencies,
            AssessmentManagement assessments,
            FileStore files,
            AuditTrail audit,
            JsonMapper json,
            MeasureTracking tracking,
            ApplicationEventPublisher events,
            RenderedFiles rendered) {
        this.rendered = rendered;
        this.events = events;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.assessments = assessments;
        this.files = files;
        this.audit = audit;
        this.json = json;
    }

    /** The wording most agencies use, with placeholders the announcement fills in. */
    static PlanDocument emptyPlan(int planYear) {
        int assessed = planYear - 1;
        var headings = new LinkedHashMap<String, String>();
        headings.put(
                "attachment",
                "การปรับปรุงและพัฒนาการให้บริการประชาชนเพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน\n"
                        + "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment)\n"
                        + "หรือ แบบวัด IIT ในปีงบประมาณ พ.ศ.{assessedYear}");
        headings.put("EIT-EP", "- ผู้รับบริการหรือผู้มาติดต่อราชการตอบแบบสำรวจออนไลน์ (EIT Online)");
        headings.put("EIT-ES", "- ผู้ประเมินจัดเก็บข้อมูล (EIT Survey)");
        headings.put(
                "OIT",
                "- การประเมินตามแบบวัดการเปิดเผยข้อมูลสาธารณะ(Open Data Integrity and Transparency Assessment) หรือ แบบวัด OIT");
        var body = List.of(
                "ตามที่{agency}ได้มีการประชุมคณะทำงานเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ครั้งที่ "
                        + "{meetingNumber} เมื่อวันที่ {meetingDate} ณ {meetingPlace} โดยที่ประชุมได้ร่วมกันพิจารณาผลการประเมิน ITA "
                        + "ปีงบประมาณ พ.ศ. {assessedYear} และมีมติเห็นชอบให้{agency}ปรับปรุงและพัฒนาการให้บริการแก่ประชาชน"
                        + "ตามข้อเสนอแนะของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.)",
                "ดังนั้น เพื่อเป็นการยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน {agency} จึงประกาศปรับปรุงและพัฒนาการให้บริการประชาชน"
                        + "เพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน เพื่อให้บุคลากรนำไปปฏิบัติในปีงบประมาณ พ.ศ.{planYear} "
                        + "(รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศฉบับนี้)");
        return new PlanDocument(
                planYear,
                assessed,
                "เรื่อง ปรับปรุงและพัฒนาการให้บริการประชาชน\nเพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน",
                body,
                headings,
                null,
                null,
                null,
                List.of());
    }

    @Transactional(readOnly = true)
    public Optional<PlanDocument> plan(AgencyId agency, int planYear) {
        var plan = jdbc.sql(
                        """
                        select id, plan_year, assessed_year, subject, body, headings::text as headings, announced_on,
                               signer_name, signer_position, meeting_number, meeting_year, meeting_held_on,
                               meeting_place, meeting_agenda, meeting_resolution
                        from improvement_plan where agency_id = :a and plan_year = :y
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query((rs, n) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        new PlanDocument(
                                rs.getInt("plan_year"),
                                rs.getInt("assessed_year"),
                                rs.getString("subject"),
                                List.of(json.readValue(rs.getString("body"), String[].class)),
                                readHeadings(rs.getString("headings")),
                                toLocal(rs.getDate("announced_on")),
                                rs.getString("signer_name") == null
                                        ? null
                                        : new PlanDocument.Signer(
                                                rs.getString("signer_name"), rs.getString("signer_position")),
                                rs.getObject("meeting_number") == null && rs.getDate("meeting_held_on") == null
                                        ? null
                                        : new PlanDocument.Meeting(
                                                (Integer) rs.getObject("meeting_number"),
                                                (Integer) rs.getObject("meeting_year"),
                                                toLocal(rs.getDate("meeting_held_on")),
                                                rs.getString("meeting_place"),
                                                rs.getString("meeting_agenda"),
                                                rs.getString("meeting_resolution")),
                                List.of())))
                .optional();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        var units = new HashMap<UUID, String>();
        agencies.units(agency).forEach(u -> units.put(u.id(), u.nameTh()));
        var measures = new LinkedHashMap<UUID, List<PlanDocument.Measure>>();
        jdbc.sql(
                        """
                        select m.id, m.row_id, m.text, m.unit_id, m.responsible, m.starts_on, m.due_on, m.recurrence,
                               m.expected_output, m.oit_items
                        from improvement_measure m join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        where m.agency_id = :a and r.plan_id = :p and m.status <> 'DROPPED' order by m.position
                        """)
                .param("a", agency.value())
                .param("p", plan.get().getKey())
                .query(rs -> {
                    var items = rs.getString("oit_items");
                    measures.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new ArrayList<>())
                            .add(new PlanDocument.Measure(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("text"),
                                    units.get(rs.getObject("unit_id", UUID.class)),
                                    rs.getString("responsible"),
                                    toLocal(rs.getDate("starts_on")),
                                    toLocal(rs.getDate("due_on")),
                                    PlanDocument.Recurrence.valueOf(rs.getString("recurrence")),
                                    rs.getString("expected_output"),
                                    items == null || items.isBlank() ? List.of() : List.of(items.split(","))));
                });
        var rows = jdbc.sql(
                        """
                        select id, tool, indicator, indicator_label, reference, assessment, issue, measures_intro
                        from improvement_row where agency_id = :a and plan_id = :p and removed_at is null
                        order by position
                        """)
                .param("a", agency.value())
                .param("p", plan.get().getKey())
                .query((rs, n) -> new PlanDocument.Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("tool"),
                        rs.getString("indicator"),
                        rs.getString("indicator_label"),
                        rs.getString("reference"),
                        rs.getString("assessment"),
                        rs.getString("issue"),
                        rs.getString("measures_intro"),
                        measures.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
        var p = plan.get().getValue();
        return Optional.of(p.withRows(rows));
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
     * The OIT items a measure cites are those of the framework the plan answers (its assessed year): O42 is
     * the improvement plan in 2566 and does not exist from 2568 on, where the list has 26 items.
     */
    private void checkCitedItems(PlanDocument plan) {
        org.prongsai.framework.Framework framework;
        try {
            framework = assessments.framework(plan.assessedYear());
        } catch (org.prongsai.framework.NoFramework e) {
            return;
        }
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

    /**
     * Holds the plan's row until the transaction ends: a change to the plan and a request to sign it take turns,
     * so that a request never carries a plan a change has just left behind.
     */
    void lockPlan(AgencyId agency, int planYear) {
        jdbc.sql("select id from improvement_plan where agency_id = :a and plan_year = :y for update")
                .param("a", agency.value())
                .param("y", planYear)
                .query(UUID.class)
                .optional();
    }

    /** The number in a question or item code (i7, e10, O24), to order them as people count: 2, 6, 10. */
    private static int questionNumber(String id) {
        var digits = id == null ? "" : id.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
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

    private Optional<UUID> planId(AgencyId agency, int planYear) {
        return jdbc.sql("select id from improvement_plan where agency_id = :a and plan_year = :y")
                .param("a", agency.value())
                .param("y", planYear)
                .query(UUID.class)
                .optional();
    }

    /** A measure as saved: where it is, its schedule, and whether anything was tracked against it. */
    private record SavedMeasure(UUID id, UUID rowId, String text, Date dueOn, String recurrence, boolean dropped) {}

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
        checkCitedItems(plan);
        var before = plan(agency, plan.planYear())
                .map(p -> Map.of("rows", p.rows().size()))
                .orElse(null);
        var existing = planId(agency, plan.planYear());
        var id = existing.orElseGet(UUID::randomUUID);
        var savedRows =
                new java.util.HashSet<>(jdbc.sql("select id from improvement_row where agency_id = :a and plan_id = :p")
                        .param("a", agency.value())
                        .param("p", id)
                        .query(UUID.class)
                        .list());
        var savedMeasures = new LinkedHashMap<UUID, SavedMeasure>();
        jdbc.sql(
                        """
                        select m.id, m.row_id, m.text, m.due_on, m.recurrence, m.status = 'DROPPED' as dropped
                        from improvement_measure m join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        where m.agency_id = :a and r.plan_id = :p
                        """)
                .param("a", agency.value())
                .param("p", id)
                .query((rs, n) -> new SavedMeasure(
                        rs.getObject("id", UUID.class),
                        rs.getObject("row_id", UUID.class),
                        rs.getString("text"),
                        rs.getDate("due_on"),
                        rs.getString("recurrence"),
                        rs.getBoolean("dropped")))
                .list()
                .forEach(m -> savedMeasures.put(m.id(), m));

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
                agency, left.stream().map(SavedMeasure::id).toList());
        if (!tracked.isEmpty()) {
            throw new PlanRefused(left.stream()
                    .filter(m -> tracked.contains(m.id()))
                    .map(m -> new PlanRefused.Problem("measure", "improvement.measure.tracked", List.of(m.text())))
                    .toList());
        }

        var meeting = plan.meeting();
        jdbc.sql(
                        """
                        insert into improvement_plan (agency_id, id, plan_year, assessed_year, subject, body, headings,
                            announced_on, signer_name, signer_position, meeting_number, meeting_year, meeting_held_on,
                            meeting_place, meeting_agenda, meeting_resolution)
                        values (:a, :id, :planYear, :assessedYear, :subject, :body, cast(:headings as jsonb), :announcedOn,
                            :signerName, :signerPosition, :meetingNumber, :meetingYear, :meetingHeldOn, :meetingPlace,
                            :meetingAgenda, :meetingResolution)
                        on conflict (agency_id, id) do update set assessed_year = excluded.assessed_year,
                            subject = excluded.subject, body = excluded.body, headings = excluded.headings,
                            announced_on = excluded.announced_on, signer_name = excluded.signer_name,
                            signer_position = excluded.signer_position, meeting_number = excluded.meeting_number,
                            meeting_year = excluded.meeting_year, meeting_held_on = excluded.meeting_held_on,
                            meeting_place = excluded.meeting_place, meeting_agenda = excluded.meeting_agenda,
                            meeting_resolution = excluded.meeting_resolution, updated_at = now()
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("planYear", plan.planYear())
                .param("assessedYear", plan.assessedYear())
                .param("subject", plan.subject())
                .param("body", json.writeValueAsString(plan.body()))
                .param("headings", json.writeValueAsString(plan.headings() == null ? Map.of() : plan.headings()))
                .param("announcedOn", toSql(plan.announcedOn()))
                .param(
                        "signerName",
                        plan.signer() == null ? null : plan.signer().name())
                .param(
                        "signerPosition",
                        plan.signer() == null ? null : plan.signer().position())
                .param("meetingNumber", meeting == null ? null : meeting.number())
                .param("meetingYear", meeting == null ? null : meeting.year())
                .param("meetingHeldOn", meeting == null ? null : toSql(meeting.heldOn()))
                .param("meetingPlace", meeting == null ? null : meeting.place())
                .param("meetingAgenda", meeting == null ? null : meeting.agenda())
                .param("meetingResolution", meeting == null ? null : meeting.resolution())
                .update();
        for (int r = 0; r < plan.rows().size(); r++) {
            var row = plan.rows().get(r);
            jdbc.sql(
                            """
                            insert into improvement_row (agency_id, id, plan_id, position, tool, indicator, indicator_label,
                                reference, assessment, issue, measures_intro)
                            values (:a, :id, :plan, :position, :tool, :indicator, :label, :reference, :assessment, :issue,
                                :intro)
                            on conflict (agency_id, id) do update set position = excluded.position, tool = excluded.tool,
                                indicator = excluded.indicator, indicator_label = excluded.indicator_label,
                                reference = excluded.reference, assessment = excluded.assessment, issue = excluded.issue,
                                measures_intro = excluded.measures_intro, removed_at = null
                            """)
                    .param("a", agency.value())
                    .param("id", rowIds.get(r))
                    .param("plan", id)
                    .param("position", r)
                    .param("tool", row.tool())
                    .param("indicator", row.indicator())
                    .param("label", row.indicatorLabel())
                    .param("reference", row.reference())
                    .param("assessment", row.assessment())
                    .param("issue", row.issue())
                    .param("intro", row.measuresIntro())
                    .update();
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
            jdbc.sql("delete from improvement_measure where agency_id = :a and id = :id")
                    .param("a", agency.value())
                    .param("id", gone.id())
                    .update();
        }
        // A row left out goes, unless it still holds a dropped measure (and its record): then it is hidden.
        for (var gone : savedRows) {
            if (rowIds.contains(gone)) {
                continue;
            }
            jdbc.sql(
                            """
                            update improvement_row set removed_at = coalesce(removed_at, now())
                            where agency_id = :a and id = :id
                            """)
                    .param("a", agency.value())
                    .param("id", gone)
                    .update();
            jdbc.sql(
                            """
                            delete from improvement_row r where r.agency_id = :a and r.id = :id and not exists
                                (select 1 from improvement_measure m where m.agency_id = r.agency_id and m.row_id = r.id)
                            """)
                    .param("a", agency.value())
                    .param("id", gone)
                    .update();
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
            SavedMeasure saved,
            Map<String, UUID> units,
            int planYear) {
        var recurrence = measure.recurrence() == null ? PlanDocument.Recurrence.NONE : measure.recurrence();
        boolean scheduleChanged = saved == null
                || !java.util.Objects.equals(saved.dueOn(), toSql(measure.dueOn()))
                || !recurrence.name().equals(saved.recurrence());
        jdbc.sql(
                        """
                        insert into improvement_measure (agency_id, id, row_id, position, text, unit_id, responsible,
                            starts_on, due_on, recurrence, expected_output, oit_items)
                        values (:a, :id, :row, :position, :text, :unit, :responsible, :startsOn, :dueOn, :recurrence,
                            :output, :items)
                        on conflict (agency_id, id) do update set row_id = excluded.row_id, position = excluded.position,
                            text = excluded.text, unit_id = excluded.unit_id, responsible = excluded.responsible,
                            starts_on = excluded.starts_on, due_on = excluded.due_on, recurrence = excluded.recurrence,
                            expected_output = excluded.expected_output, oit_items = excluded.oit_items
                        """)
                .param("a", agency.value())
                .param("id", measureId)
                .param("row", rowId)
                .param("position", position)
                .param("text", measure.text())
                .param("unit", units.get(measure.unit()))
                .param("responsible", measure.responsible())
                .param("startsOn", toSql(measure.startsOn()))
                .param("dueOn", toSql(measure.dueOn()))
                .param("recurrence", recurrence.name())
                .param("output", measure.expectedOutput())
                .param("items", measure.oitItems() == null ? null : String.join(",", measure.oitItems()))
                .update();
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
        var rows = new ArrayList<PlanDocument.Row>();
        for (var tool : PlanDocument.TOOLS) {
            for (var indicator : framework.indicators()) {
                var channel =
                        switch (tool) {
                            case "EIT-EP" -> "EP";
                            case "EIT-ES" -> "ES";
                            default -> tool;
                        };
                if (!indicator.tool().equals(tool.startsWith("EIT") ? "EIT" : tool)) {
                    continue;
                }
                var points = weak.stream()
                        .filter(w -> w.channel().equals(channel) && w.indicator() == indicator.number())
                        .sorted(java.util.Comparator.comparing((WeakPoint w) -> questionNumber(w.id()))
                                .thenComparing(WeakPoint::id))
                        .toList();
                var label = "ตัวชี้วัดที่ " + indicator.number() + " "
                        + indicator.name().th();
                if (points.isEmpty()) {
                    if (keepStandardRows
                            && (!tool.equals("EIT-ES") && !tool.equals("EIT-EP") || channel.equals("EP"))) {
                        rows.add(new PlanDocument.Row(
                                tool,
                                Integer.toString(indicator.number()),
                                label,
                                null,
                                "ควรรักษามาตรฐานไว้",
                                "-",
                                null,
                                List.of()));
                    }
                    continue;
                }
                for (var point : points) {
                    var reference = point.wholeIndicator()
                            ? "ตัวชี้วัดที่ " + point.indicator()
                            : point.channel().equals("OIT")
                                    ? point.id()
                                    : (point.channel().equals("IIT") ? "ข้อ " : "ข้อ " + point.channel() + " ")
                                            + point.id().substring(1);
                    var text = point.text() == null || point.text().th() == null
                            ? ""
                            : " " + point.text().th();
                    var issue = point.recommendation() == null
                                    || point.recommendation().th() == null
                            ? ""
                            : point.recommendation().th();
                    rows.add(new PlanDocument.Row(
                            tool,
                            Integer.toString(indicator.number()),
                            label,
                            point.id(),
                            reference + text,
                            issue,
                            null,
                            List.of()));
                }
            }
        }
        var plan = new PlanDocument(
                planYear, assessed, draft.subject(), draft.body(), draft.headings(), null, null, null, rows);
        return plan;
    }

    /** Renders the announcement as it stands, without issuing it. */
    @Transactional(readOnly = true)
    public byte[] previewPdf(AgencyId agency, int planYear) {
        var plan = plan(agency, planYear).orElseThrow(() -> refused("plan", "improvement.plan.none", planYear));
        return render(agency, plan);
    }

    /** The announcement as it stands, made once into the PDF and Word files the executive is asked to sign. */
    record Prepared(UUID planId, String pdfSha256, String docxSha256) {}

    Prepared prepare(AgencyId agency, int planYear) {
        var plan = plan(agency, planYear).orElseThrow(() -> refused("plan", "improvement.plan.none", planYear));
        PlanCheck.checkForIssue(plan);
        try {
            var pdfSha = files.put(render(agency, plan));
            var docxSha = files.put(renderDocx(agency, plan));
            return new Prepared(planId(agency, planYear).orElseThrow(), pdfSha, docxSha);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issues what the executive signed as the plan's next version: its files never change, and the public site
     * lists it from now on.
     */
    Announcement issue(
            AgencyId agency, int planYear, Prepared signed, String pdfSha256, String signedBy, String actingFor) {
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from improvement_announcement where agency_id = :a and plan_id = :p")
                .param("a", agency.value())
                .param("p", signed.planId())
                .query(Integer.class)
                .single();
        var issuer = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        jdbc.sql(
                        """
                        insert into improvement_announcement (agency_id, plan_id, version, pdf_sha256, docx_sha256,
                            issued_by, signed_by, acting_for, announced_on)
                        values (:a, :p, :v, :sha, :docx, :by, :signedBy, :actingFor,
                            (select announced_on from improvement_plan where agency_id = :a and id = :p))
                        """)
                .param("a", agency.value())
                .param("p", signed.planId())
                .param("v", version)
                .param("sha", pdfSha256)
                .param("docx", signed.docxSha256())
                .param("by", issuer)
                .param("signedBy", signedBy)
                .param("actingFor", actingFor)
                .update();
        audit.record(
                agency,
                "issue",
                "improvement_announcement",
                planYear + " v" + version,
                null,
                Map.of("sha256", pdfSha256, "signedBy", signedBy));
        events.publishEvent(new AnnouncementIssued(agency, planYear, version));
        return announcements(agency, planYear).stream()
                .filter(a -> a.version() == version)
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Announcement> announcements(AgencyId agency, int planYear) {
        return jdbc.sql(
                        """
                        select p.plan_year, a.version, a.pdf_sha256, a.issued_at, a.issued_by, a.signed_by, a.acting_for, a.announced_on
                        from improvement_announcement a
                        join improvement_plan p on p.agency_id = a.agency_id and p.id = a.plan_id
                        where a.agency_id = :a and p.plan_year = :y order by a.version desc
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query((rs, n) -> new Announcement(
                        rs.getInt("plan_year"),
                        rs.getInt("version"),
                        rs.getString("pdf_sha256"),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("issued_by"),
                        rs.getString("signed_by"),
                        rs.getString("acting_for"),
                        rs.getObject("announced_on", java.time.LocalDate.class)))
                .list();
    }

    /** Every issued announcement of every year, newest first: what the public site lists. */
    @Transactional(readOnly = true)
    public List<Announcement> allAnnouncements(AgencyId agency) {
        return jdbc.sql(
                        """
                        select p.plan_year, a.version, a.pdf_sha256, a.issued_at, a.issued_by, a.signed_by, a.acting_for, a.announced_on
                        from improvement_announcement a
                        join improvement_plan p on p.agency_id = a.agency_id and p.id = a.plan_id
                        where a.agency_id = :a order by p.plan_year desc, a.version desc
                        """)
                .param("a", agency.value())
                .query((rs, n) -> new Announcement(
                        rs.getInt("plan_year"),
                        rs.getInt("version"),
                        rs.getString("pdf_sha256"),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("issued_by"),
                        rs.getString("signed_by"),
                        rs.getString("acting_for"),
                        rs.getObject("announced_on", java.time.LocalDate.class)))
                .list();
    }

    /** An issued version's PDF, exactly as issued. */
    public Optional<InputStream> announcementPdf(AgencyId agency, int planYear, int version) throws IOException {
        var found = announcements(agency, planYear).stream()
                .filter(a -> a.version() == version)
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return files.open(found.get().pdfSha256());
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

    private byte[] render(AgencyId agency, PlanDocument plan) {
        try {
            return rendered.get(renderKey(agency, plan, "pdf"), () -> AnnouncementPdf.render(plan, issuer(agency)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] renderDocx(AgencyId agency, PlanDocument plan) throws IOException {
        return rendered.get(renderKey(agency, plan, "docx"), () -> AnnouncementDocx.render(plan, issuer(agency)));
    }

    /** All an announcement's files are made from: the plan, and the agency's name and emblem (the issuer). */
    private Object renderKey(AgencyId agency, PlanDocument plan, String kind) {
        var profile = agencies.get(agency);
        return List.of(kind, agency, plan, profile.nameTh(), String.valueOf(profile.emblemSha256()));
    }

    private AnnouncementPdf.Issuer issuer(AgencyId agency) throws IOException {
        var profile = agencies.get(agency);
        byte[] emblem = null;
        if (profile.emblemSha256() != null) {
            var in = files.open(profile.emblemSha256());
            if (in.isPresent()) {
                try (var stream = in.get()) {
                    emblem = stream.readAllBytes();
                }
            }
        }
        return new AnnouncementPdf.Issuer(profile.nameTh(), emblem);
    }

    /** An issued version's Word file, made at the same moment as its PDF. */
    @Transactional(readOnly = true)
    public Optional<InputStream> announcementDocx(AgencyId agency, int planYear, int version) throws IOException {
        var sha = jdbc.sql(
                        """
                        select a.docx_sha256 from improvement_announcement a
                        join improvement_plan p on p.agency_id = a.agency_id and p.id = a.plan_id
                        where a.agency_id = :a and p.plan_year = :y and a.version = :v
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .param("v", version)
                .query(String.class)
                .optional();
        return sha.isEmpty() || sha.get() == null ? Optional.empty() : files.open(sha.get());
    }

    List<Unit> units(AgencyId agency) {
        return agencies.units(agency);
    }

    private Map<String, String> readHeadings(String text) {
        var map = new LinkedHashMap<String, String>();
        json.readTree(text)
                .properties()
                .forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }

    static PlanRefused refused(String where, String key, Object... args) {
        return new PlanRefused(List.of(new PlanRefused.Problem(
                where, key, Arrays.stream(args).map(String::valueOf).toList())));
    }

    private static java.time.LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date toSql(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
