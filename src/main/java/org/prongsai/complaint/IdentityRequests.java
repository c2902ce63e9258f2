package org.prongsai.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.StaffIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who reported is opened to an investigator only after a reasoned request that a custodian approved, never by
 * the one who asked; the approval lasts {@link #APPROVAL} and every look is kept, for the custodian to read.
 * Nobody else, administrators included, ever sees it.
 */
@Service
public class IdentityRequests {

    /** How long an approval opens the identity to the investigator who asked. */
    static final Duration APPROVAL = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final CaseKeys keys;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    IdentityRequests(JdbcClient jdbc, CaseKeys keys, AuditTrail audit, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public enum Status {
        PENDING,
        APPROVED,
        DENIED
    }

    /**
     * A request as the custodian reads it: which case (its channel and the day it came, so that a corruption
     * report about staff is weighed as one), who asked and why, and what became of it.
     */
    public record Request(
            UUID id,
            UUID caseId,
            int caseNumber,
            Channel channel,
            java.time.LocalDate receivedOn,
            String requester,
            Instant requestedAt,
            String reason,
            Status status,
            String decidedBy,
            Instant decidedAt,
            List<Access> accesses) {}

    public record Access(String readBy, Instant readAt) {}

    /** The identity a reporter gave, as the approved investigator reads it. */
    public record Identity(String name, String nationalId, String phone, String email, String lineId) {}

    @Transactional
    public void request(AgencyId agency, UUID caseId, String reason) {
        var me = StaffIdentity.current().orElseThrow();
        if (reason == null || reason.strip().length() < 10) {
            throw new Refusal("identityReason", "complaint.identity.reason-required");
        }
        if (reason.length() > 2000) {
            throw new Refusal("identityReason", "validation.too-long");
        }
        var sealed = sealedCase(agency, caseId);
        if (sealed.identity() == null) {
            throw new Refusal("identityReason", "complaint.identity.anonymous");
        }
        boolean open = jdbc.sql(
                        """
                        select exists (select 1 from complaint_identity_request where agency_id = :a and case_id = :c
                            and requested_by = :me and status = 'PENDING')
                        """)
                .param("a", agency.value())
                .param("c", caseId)
                .param("me", me.userId())
                .query(Boolean.class)
                .single();
        if (open) {
            throw new Refusal("identityReason", "complaint.identity.already-asked");
        }
        boolean approved = mine(agency, caseId)
                .filter(r -> r.status() == Status.APPROVED)
                .filter(r -> r.decidedAt().plus(APPROVAL).isAfter(clock.instant()))
                .isPresent();
        if (approved) {
            throw new Refusal("identityReason", "complaint.identity.already-open");
        }
        var key = keys.key(agency, caseId, sealed.dataKey());
        jdbc.sql(
                        """
                        insert into complaint_identity_request (agency_id, id, case_id, requested_by, requester_name,
                            reason)
                        values (:a, :id, :c, :me, :name, :reason)
                        """)
                .param("a", agency.value())
                .param("id", UUID.randomUUID())
                .param("c", caseId)
                .param("me", me.userId())
                .param("name", me.displayName())
                .param("reason", key.seal(reason.strip()))
                .update();
        audit.record(agency, "identity-request", "complaint_case", "#" + sealed.number(), null, Map.of("asked", true));
    }

    /** A custodian approves or denies; whoever asked cannot decide their own request. */
    @Transactional
    public void decide(AgencyId agency, UUID requestId, boolean approve) {
        var me = StaffIdentity.current().orElseThrow();
        var found = jdbc.sql(
                        """
                        select r.requested_by, r.status, c.number from complaint_identity_request r
                        join complaint_case c on c.agency_id = r.agency_id and c.id = r.case_id
                        where r.agency_id = :a and r.id = :id for update of r
                        """)
                .param("a", agency.value())
                .param("id", requestId)
                .query((rs, n) -> new Object[] {
                    rs.getObject("requested_by", UUID.class), rs.getString("status"), rs.getInt("number")
                })
                .optional()
                .orElseThrow(() -> new Refusal(null, "complaint.identity.unknown"));
        if (me.userId().equals(found[0])) {
            throw new Refusal(null, "complaint.identity.not-yourself");
        }
        if (!Status.PENDING.name().equals(found[1])) {
            throw new Refusal(null, "complaint.identity.already-decided");
        }
        var status = approve ? Status.APPROVED : Status.DENIED;
        jdbc.sql(
                        """
                        update complaint_identity_request set status = :s, decided_by = :by, decided_at = now()
                        where agency_id = :a and id = :id
                        """)
                .param("a", agency.value())
                .param("id", requestId)
                .param("s", status.name())
                .param("by", me.displayName())
                .update();
        audit.record(
                agency,
                "identity-" + status.name().toLowerCase(java.util.Locale.ROOT),
                "complaint_case",
                "#" + found[2],
                Map.of("status", Status.PENDING),
                Map.of("status", status));
    }

    @Transactional(readOnly = true)
    public long pendingCount(AgencyId agency) {
        return jdbc.sql("select count(*) from complaint_identity_request where agency_id = :a and status = 'PENDING'")
                .param("a", agency.value())
                .query(Long.class)
                .single();
    }

    /** Every request, the waiting ones first, each with the looks it allowed. */
    @Transactional(readOnly = true)
    public List<Request> requests(AgencyId agency) {
        var rows = jdbc.sql(
                        """
                        select r.id, r.case_id, c.number, c.channel, c.received_on, r.requester_name,
                               r.requested_at, r.reason, r.status, r.decided_by, r.decided_at, c.data_key
                        from complaint_identity_request r
                        join complaint_case c on c.agency_id = r.agency_id and c.id = r.case_id
                        where r.agency_id = :a
                        order by r.status = 'PENDING' desc, r.requested_at desc
                        """)
                .param("a", agency.value())
                .query((rs, n) -> {
                    var caseId = rs.getObject("case_id", UUID.class);
                    var dataKey = rs.getBytes("data_key");
                    var decidedAt = rs.getTimestamp("decided_at");
                    return new Request(
                            rs.getObject("id", UUID.class),
                            caseId,
                            rs.getInt("number"),
                            Channel.valueOf(rs.getString("channel")),
                            rs.getObject("received_on", java.time.LocalDate.class),
                            rs.getString("requester_name"),
                            rs.getTimestamp("requested_at").toInstant(),
                            dataKey == null
                                    ? null
                                    : keys.key(agency, caseId, dataKey).open(rs.getBytes("reason")),
                            Status.valueOf(rs.getString("status")),
                            rs.getString("decided_by"),
                            decidedAt == null ? null : decidedAt.toInstant(),
                            List.of());
                })
                .list();
        return rows.stream()
                .map(r -> new Request(
                        r.id(),
                        r.caseId(),
                        r.caseNumber(),
                        r.channel(),
                        r.receivedOn(),
                        r.requester(),
                        r.requestedAt(),
                        r.reason(),
                        r.status(),
                        r.decidedBy(),
                        r.decidedAt(),
                        accesses(agency, r.id())))
                .toList();
    }

    /** The signed-in investigator's latest request on the case, if any: what the case page tells them. */
    @Transactional(readOnly = true)
    public Optional<Request> mine(AgencyId agency, UUID caseId) {
        var me = StaffIdentity.current().orElseThrow();
        return jdbc.sql(
                        """
                        select id, requested_at, status, decided_by, decided_at from complaint_identity_request
                        where agency_id = :a and case_id = :c and requested_by = :me
                        order by requested_at desc limit 1
                        """)
                .param("a", agency.value())
                .param("c", caseId)
                .param("me", me.userId())
                .query((rs, n) -> new Request(
                        rs.getObject("id", UUID.class),
                        caseId,
                        0,
                        null,
                        null,
                        me.displayName(),
                        rs.getTimestamp("requested_at").toInstant(),
                        null,
                        Status.valueOf(rs.getString("status")),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant(),
                        List.of()))
                .optional();
    }

    /**
     * The identity, for the investigator whose request was approved less than {@link #APPROVAL} ago; the look
     * is kept. Nothing for anyone else.
     */
    @Transactional
    public Optional<Identity> open(AgencyId agency, UUID caseId) {
        var approved = mine(agency, caseId)
                .filter(r -> r.status() == Status.APPROVED)
                .filter(r -> r.decidedAt().plus(APPROVAL).isAfter(clock.instant()));
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        var sealed = sealedCase(agency, caseId);
        if (sealed.identity() == null) {
            return Optional.empty();
        }
        jdbc.sql(
                        """
                        insert into complaint_identity_access (agency_id, id, request_id, read_by)
                        values (:a, :id, :r, :by)
                        """)
                .param("a", agency.value())
                .param("id", UUID.randomUUID())
                .param("r", approved.get().id())
                .param("by", approved.get().requester())
                .update();
        var who = json.readValue(keys.key(agency, caseId, sealed.dataKey()).open(sealed.identity()), Map.class);
        return Optional.of(new Identity(
                (String) who.get("name"),
                (String) who.get("nationalId"),
                (String) who.get("phone"),
                (String) who.get("email"),
                (String) who.get("lineId")));
    }

    private List<Access> accesses(AgencyId agency, UUID requestId) {
        return jdbc.sql(
                        """
                        select read_by, read_at from complaint_identity_access
                        where agency_id = :a and request_id = :r order by read_at desc
                        """)
                .param("a", agency.value())
                .param("r", requestId)
                .query((rs, n) -> new Access(
                        rs.getString("read_by"), rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    private record Sealed(int number, byte[] dataKey, byte[] identity) {}

    private Sealed sealedCase(AgencyId agency, UUID caseId) {
        return jdbc.sql(
                        """
                        select number, data_key, identity from complaint_case
                        where agency_id = :a and id = :id and data_key is not null
                        """)
                .param("a", agency.value())
                .param("id", caseId)
                .query((rs, n) -> new Sealed(rs.getInt("number"), rs.getBytes("data_key"), rs.getBytes("identity")))
                .optional()
                .orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
    }
}
