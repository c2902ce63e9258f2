package org.prongsai.improvement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.Unit;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive's instructions (ข้อสั่งการ) on a quarterly report, given with the acknowledgement or after it,
 * to the units that must act. Each unit's head says they have read them: the units see them on their home page
 * until then, and the executive and the ITA officer see which units know.
 */
@Service
public class Instructions {

    public static final int MAX_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final AuditTrail audit;

    Instructions(JdbcClient jdbc, AgencyManagement agencies, AuditTrail audit) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** An instruction and, for each unit it went to, who of that unit read it and when (null while unread). */
    public record Instruction(
            UUID id, int planYear, int quarter, String text, String givenBy, Instant givenAt, List<Receipt> units) {}

    public record Receipt(UUID unitId, String unitName, String readBy, Instant readAt) {
        public boolean read() {
            return readAt != null;
        }
    }

    /**
     * Gives an instruction to the chosen units of the agency; refused when empty, too long, or sent to no unit
     * or to a unit the agency does not have.
     */
    @Transactional
    public UUID give(AgencyId agency, int planYear, int quarter, String text, Collection<UUID> unitIds) {
        var words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw ImprovementManagement.refused("instruction", "improvement.instruction.empty");
        }
        if (words.length() > MAX_LENGTH) {
            throw ImprovementManagement.refused("instruction", "improvement.instruction.too-long", MAX_LENGTH);
        }
        if (quarter < 1 || quarter > 4) {
            throw ImprovementManagement.refused("quarter", "improvement.report.quarter-invalid", quarter);
        }
        var known = agencies.units(agency).stream().map(Unit::id).toList();
        var chosen = new LinkedHashSet<>(unitIds == null ? List.<UUID>of() : unitIds);
        if (chosen.isEmpty()) {
            throw ImprovementManagement.refused("instructionUnits", "improvement.instruction.no-unit");
        }
        if (!known.containsAll(chosen)) {
            throw ImprovementManagement.refused("instructionUnits", "improvement.instruction.unknown-unit");
        }
        var me = StaffIdentity.current().orElseThrow();
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into improvement_instruction
                            (agency_id, id, plan_year, quarter, text, given_by, given_by_id)
                        values (:a, :id, :y, :q, :text, :by, :byId)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("y", planYear)
                .param("q", quarter)
                .param("text", words)
                .param("by", me.displayName())
                .param("byId", me.userId())
                .update();
        for (var unit : chosen) {
            jdbc.sql(
                            """
                            insert into improvement_instruction_unit (agency_id, instruction_id, unit_id)
                            values (:a, :id, :unit)
                            """)
                    .param("a", agency.value())
                    .param("id", id)
                    .param("unit", unit)
                    .update();
        }
        audit.record(
                agency,
                "create",
                "improvement_instruction",
                id,
                null,
                Map.of("planYear", planYear, "quarter", quarter, "units", chosen.size()));
        return id;
    }

    /** The instructions on a quarter, oldest first, with each unit's receipt. */
    @Transactional(readOnly = true)
    public List<Instruction> onQuarter(AgencyId agency, int planYear, int quarter) {
        return list(agency, "i.plan_year = :y and i.quarter = :q", Map.of("y", planYear, "q", quarter));
    }

    /** The instructions a unit has not yet said it read, oldest first. */
    @Transactional(readOnly = true)
    public List<Instruction> unreadBy(AgencyId agency, UUID unitId) {
        return list(
                agency,
                """
                exists (select 1 from improvement_instruction_unit u where u.agency_id = i.agency_id
                        and u.instruction_id = i.id and u.unit_id = :unit and u.read_at is null)
                """,
                Map.of("unit", unitId));
    }

    /**
     * The head of a unit the instruction went to says the unit has read it; once is enough, and a unit it did
     * not go to is refused.
     */
    @Transactional
    public void markRead(AgencyId agency, UUID instructionId, UUID unitId) {
        var me = StaffIdentity.current().orElseThrow();
        int changed = jdbc.sql(
                        """
                        update improvement_instruction_unit set read_by = :by, read_at = now()
                        where agency_id = :a and instruction_id = :id and unit_id = :unit and read_at is null
                        """)
                .param("by", me.displayName())
                .param("a", agency.value())
                .param("id", instructionId)
                .param("unit", unitId)
                .update();
        if (changed == 0) {
            boolean addressed = unitId != null
                    && jdbc.sql(
                                            """
                                    select count(*) from improvement_instruction_unit
                                    where agency_id = :a and instruction_id = :id and unit_id = :unit
                                    """)
                                    .param("a", agency.value())
                                    .param("id", instructionId)
                                    .param("unit", unitId)
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (!addressed) {
                throw ImprovementManagement.refused("instruction", "improvement.instruction.not-your-unit");
            }
            return;
        }
        audit.record(agency, "read", "improvement_instruction", instructionId, null, Map.of("unit", unitId));
    }

    private List<Instruction> list(AgencyId agency, String where, Map<String, Object> params) {
        var names = new LinkedHashMap<UUID, String>();
        agencies.units(agency).forEach(u -> names.put(u.id(), u.nameTh()));
        var rows = jdbc.sql(
                        """
                        select i.id, i.plan_year, i.quarter, i.text, i.given_by, i.given_at,
                               u.unit_id, u.read_by, u.read_at
                        from improvement_instruction i
                        join improvement_instruction_unit u on u.agency_id = i.agency_id and u.instruction_id = i.id
                        where i.agency_id = :a
                        """
                                + " and (" + where + ") order by i.given_at, i.id")
                .param("a", agency.value())
                .params(params)
                .query((rs, n) -> new Line(
                        rs.getObject("id", UUID.class),
                        rs.getInt("plan_year"),
                        rs.getInt("quarter"),
                        rs.getString("text"),
                        rs.getString("given_by"),
                        rs.getTimestamp("given_at").toInstant(),
                        new Receipt(
                                rs.getObject("unit_id", UUID.class),
                                names.get(rs.getObject("unit_id", UUID.class)),
                                rs.getString("read_by"),
                                instant(rs.getTimestamp("read_at")))))
                .list();
        // One line per unit reached: grouped back into instructions, in the order given.
        var byId = new LinkedHashMap<UUID, Instruction>();
        for (var line : rows) {
            byId.computeIfAbsent(
                            line.id(),
                            id -> new Instruction(
                                    id,
                                    line.planYear(),
                                    line.quarter(),
                                    line.text(),
                                    line.givenBy(),
                                    line.givenAt(),
                                    new ArrayList<>()))
                    .units()
                    .add(line.receipt());
        }
        return List.copyOf(byId.values());
    }

    private record Line(
            UUID id, int planYear, int quarter, String text, String givenBy, Instant givenAt, Receipt receipt) {}

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
