package org.prongsai.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records changes in the caller's transaction, so that a change and its record stand or fall together. */
@Service
public class AuditTrail {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<AuditEvent> AUDIT_EVENT_ROWS = new DataClassRowMapper<>(AuditEvent.class);

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final Clock clock;

    AuditTrail(Clock clock, JdbcClient jdbc, JsonMapper json) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param before the state before the change, or null for a creation (a record or map; it is stored as
     *     JSON, so pass only what may be shown to an administrator — never a password hash or a secret)
     * @param after the state after, or null for a removal
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AgencyId agency, String action, String entityType, Object entityId, Object before, Object after) {
        var beforeJson = before == null ? null : json.writeValueAsString(before);
        var afterJson = after == null ? null : json.writeValueAsString(after);
        if (beforeJson != null && beforeJson.equals(afterJson)) {
            // Saved as it was: nothing changed, so nothing to tell.
            return;
        }
        var actor = StaffIdentity.current();
        jdbc.sql(
                        """
                        insert into audit_event (agency_id, id, occurred_at, actor_id, actor_name, action,
                                                 entity_type, entity_id, before, after)
                        values (:agency, :id, :at, :actorId, :actorName, :action, :type, :entityId,
                                cast(:before as jsonb), cast(:after as jsonb))
                        """)
                .param("agency", agency.value())
                .param("id", UUID.randomUUID())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actorId", actor.map(StaffIdentity::userId).orElse(null))
                .param("actorName", actor.map(StaffIdentity::displayName).orElse(SYSTEM))
                .param("action", action)
                .param("type", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("before", beforeJson)
                .param("after", afterJson)
                .update();
    }

    @Transactional(readOnly = true)
    public AuditPage search(AgencyId agency, AuditQuery query) {
        var where = new StringBuilder("where agency_id = :agency");
        var params = new java.util.HashMap<String, Object>();
        params.put("agency", agency.value());
        if (query.hasActor()) {
            where.append(" and actor_name ilike :actor");
            params.put("actor", "%" + escapeLike(query.actor()) + "%");
        }
        if (query.hasEntityType()) {
            where.append(" and entity_type = :type");
            params.put("type", query.entityType());
        }
        if (query.hasAction()) {
            where.append(" and action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(query.fromInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(query.toInstantExclusive()));
        }
        long total = jdbc.sql("select count(*) from audit_event " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", query.pageSize());
        params.put("offset", (long) query.page() * query.pageSize());
        List<AuditEvent> events = jdbc.sql(
                        "select id, occurred_at, actor_id, actor_name, action, entity_type, entity_id,"
                                + " before::text as before, after::text as after from audit_event "
                                + where
                                + " order by occurred_at desc, id limit :limit offset :offset")
                .params(params)
                .query(AUDIT_EVENT_ROWS)
                .list();
        return new AuditPage(events, total, query.page(), query.pageSize());
    }

    /**
     * The agency's chain recomputed record by record: how many there are, the number of the first that does not
     * match its content or its predecessor (null when the chain is whole), and the newest hash, which an
     * administrator may note down: a history rewritten even by the database owner would change it.
     */
    public record ChainCheck(long records, Long firstBroken, String head) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    /** Seals the agency's records first, so that the check covers everything written until now. */
    @Transactional
    public ChainCheck verify(AgencyId agency) {
        seal(agency);
        return jdbc.sql(
                        """
                        with chain as (
                            select seq, hash, prev_hash, audit_event_digest(prev_hash, e) as expected,
                                   coalesce(lag(hash) over (order by seq), repeat('0', 64)) as previous,
                                   row_number() over (order by seq) as position
                            from audit_event e where agency_id = :agency and seq is not null)
                        select count(*) as records,
                               min(seq) filter (where hash <> expected or prev_hash <> previous
                                   or seq <> position) as first_broken,
                               (select hash from chain order by seq desc limit 1) as head
                        from chain
                        """)
                .param("agency", agency.value())
                .query((rs, n) -> new ChainCheck(
                        rs.getLong("records"),
                        rs.getObject("first_broken") == null ? null : rs.getLong("first_broken"),
                        rs.getString("head")))
                .single();
    }

    /**
     * Gives the agency's records written since the last seal their place in its chain. Records are written
     * unsealed, so that audited changes do not wait for each other; see the audit migrations.
     */
    @Transactional
    public int seal(AgencyId agency) {
        return jdbc.sql("select audit_seal(:agency)")
                .param("agency", agency.value())
                .query(Integer.class)
                .single();
    }

    /** The agencies that have records waiting to be sealed. */
    @Transactional(readOnly = true)
    public List<AgencyId> unsealed() {
        return jdbc.sql("select distinct agency_id from audit_event where hash is null")
                .query((rs, n) -> new AgencyId(rs.getObject(1, UUID.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes(AgencyId agency) {
        return jdbc.sql("select distinct entity_type from audit_event where agency_id = :agency order by 1")
                .param("agency", agency.value())
                .query(String.class)
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
