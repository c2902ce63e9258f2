package org.prongsai.improvement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's tables (plan, rows, measures) read and written row by row, by id. What may be written, and when,
 * is {@link ImprovementManagement}'s to decide.
 */
@Component
class PlanTables {

    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final JsonMapper json;

    PlanTables(JdbcClient jdbc, AgencyManagement agencies, JsonMapper json) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.json = json;
    }

    /** A measure as saved: where it is, its schedule, and whether anything was tracked against it. */
    record SavedMeasure(
            UUID id, UUID rowId, String text, java.time.LocalDate dueOn, String recurrence, boolean dropped) {}

    Optional<PlanDocument> read(AgencyId agency, int planYear) {
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
                    var items = rs.getArray("oit_items");
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
                                    items == null ? List.of() : List.of((String[]) items.getArray())));
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

    Optional<UUID> planId(AgencyId agency, int planYear) {
        return jdbc.sql("select id from improvement_plan where agency_id = :a and plan_year = :y")
                .param("a", agency.value())
                .param("y", planYear)
                .query(UUID.class)
                .optional();
    }

    /**
     * Holds the plan's row until the transaction ends: a change to the plan and a request to sign it take turns,
     * so that a request never carries a plan a change has just left behind.
     */
    void lock(AgencyId agency, int planYear) {
        jdbc.sql("select id from improvement_plan where agency_id = :a and plan_year = :y for update")
                .param("a", agency.value())
                .param("y", planYear)
                .query(UUID.class)
                .optional();
    }

    /** The ids of the plan's rows as saved, removed ones too. */
    Set<UUID> rowIds(AgencyId agency, UUID planId) {
        return new HashSet<>(jdbc.sql("select id from improvement_row where agency_id = :a and plan_id = :p")
                .param("a", agency.value())
                .param("p", planId)
                .query(UUID.class)
                .list());
    }

    /** The plan's measures as saved, dropped ones too, by id. */
    Map<UUID, SavedMeasure> measures(AgencyId agency, UUID planId) {
        var savedMeasures = new LinkedHashMap<UUID, SavedMeasure>();
        jdbc.sql(
                        """
                        select m.id, m.row_id, m.text, m.due_on, m.recurrence, m.status = 'DROPPED' as dropped
                        from improvement_measure m join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        where m.agency_id = :a and r.plan_id = :p
                        """)
                .param("a", agency.value())
                .param("p", planId)
                .query((rs, n) -> new SavedMeasure(
                        rs.getObject("id", UUID.class),
                        rs.getObject("row_id", UUID.class),
                        rs.getString("text"),
                        toLocal(rs.getDate("due_on")),
                        rs.getString("recurrence"),
                        rs.getBoolean("dropped")))
                .list()
                .forEach(m -> savedMeasures.put(m.id(), m));
        return savedMeasures;
    }

    void writePlan(AgencyId agency, UUID planId, PlanDocument plan) {
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
                .param("id", planId)
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
    }

    void writeRow(AgencyId agency, UUID planId, int position, UUID rowId, PlanDocument.Row row) {
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
                .param("id", rowId)
                .param("plan", planId)
                .param("position", position)
                .param("tool", row.tool())
                .param("indicator", row.indicator())
                .param("label", row.indicatorLabel())
                .param("reference", row.reference())
                .param("assessment", row.assessment())
                .param("issue", row.issue())
                .param("intro", row.measuresIntro())
                .update();
    }

    void writeMeasure(
            AgencyId agency,
            UUID rowId,
            int position,
            UUID measureId,
            PlanDocument.Measure measure,
            UUID unitId,
            PlanDocument.Recurrence recurrence) {
        jdbc.sql(
                        """
                        insert into improvement_measure (agency_id, id, row_id, position, text, unit_id, responsible,
                            starts_on, due_on, recurrence, expected_output, oit_items)
                        values (:a, :id, :row, :position, :text, :unit, :responsible, :startsOn, :dueOn, :recurrence,
                            :output, cast(:items as text[]))
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
                .param("unit", unitId)
                .param("responsible", measure.responsible())
                .param("startsOn", toSql(measure.startsOn()))
                .param("dueOn", toSql(measure.dueOn()))
                .param("recurrence", recurrence.name())
                .param("output", measure.expectedOutput())
                .param(
                        "items",
                        measure.oitItems() == null || measure.oitItems().isEmpty()
                                ? null
                                : measure.oitItems().toArray(String[]::new))
                .update();
    }

    void deleteMeasure(AgencyId agency, UUID measureId) {
        jdbc.sql("delete from improvement_measure where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", measureId)
                .update();
    }

    /** A row left out goes, unless it still holds a dropped measure (and its record): then it is hidden. */
    void removeRow(AgencyId agency, UUID rowId) {
        jdbc.sql(
                        """
                        update improvement_row set removed_at = coalesce(removed_at, now())
                        where agency_id = :a and id = :id
                        """)
                .param("a", agency.value())
                .param("id", rowId)
                .update();
        jdbc.sql(
                        """
                        delete from improvement_row r where r.agency_id = :a and r.id = :id and not exists
                            (select 1 from improvement_measure m where m.agency_id = r.agency_id and m.row_id = r.id)
                        """)
                .param("a", agency.value())
                .param("id", rowId)
                .update();
    }

    private Map<String, String> readHeadings(String text) {
        var map = new LinkedHashMap<String, String>();
        json.readTree(text)
                .properties()
                .forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }

    private static java.time.LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date toSql(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
