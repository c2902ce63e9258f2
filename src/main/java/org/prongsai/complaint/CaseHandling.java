package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The investigators' side of cases: the list, one case opened (what was reported, never who), its next step
 * and messages to the reporter. Every step is audited by the case's number alone.
 */
@Service
public class CaseHandling {

    private final JdbcClient jdbc;
    private final CaseKeys keys;
    private final CaseRecords records;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    CaseHandling(
            JdbcClient jdbc,
            CaseKeys keys,
            CaseRecords records,
            Attachments attachments,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.records = records;
        this.attachments = attachments;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A line of the investigators' list. */
    public record CaseLine(
            UUID id,
            int number,
            Channel channel,
            boolean anonymous,
            LocalDate receivedOn,
            CaseStatus status,
            LocalDate acknowledgeBy,
            boolean late,
            boolean reporterWrote) {}

    /** A case as an investigator sees it: what was reported, not who reported it. */
    public record CaseView(
            UUID id,
            int number,
            Channel channel,
            boolean anonymous,
            LocalDate receivedOn,
            CaseStatus status,
            LocalDate acknowledgeBy,
            String subject,
            String text,
            String place,
            List<Complaints.Step> steps,
            List<Complaints.Message> messages,
            Set<CaseStatus> next,
            List<Attachments.Listed> files) {}

    @Transactional(readOnly = true)
    public List<CaseLine> cases(AgencyId agency) {
        var today = LocalDate.now(clock);
        return jdbc.sql(
                        """
                        select c.id, c.number, c.channel, c.anonymous, c.received_on, c.status, c.acknowledge_by,
                            coalesce((select m.from_reporter from complaint_message m
                                where m.agency_id = c.agency_id and m.case_id = c.id
                                order by m.position desc limit 1), false) as reporter_wrote
                        from complaint_case c
                        where c.agency_id = :a and c.data_key is not null order by c.number desc
                        """)
                .param("a", agency.value())
                .query((rs, n) -> {
                    var status = CaseStatus.valueOf(rs.getString("status"));
                    var acknowledgeBy = rs.getObject("acknowledge_by", LocalDate.class);
                    return new CaseLine(
                            rs.getObject("id", UUID.class),
                            rs.getInt("number"),
                            Channel.valueOf(rs.getString("channel")),
                            rs.getBoolean("anonymous"),
                            rs.getObject("received_on", LocalDate.class),
                            status,
                            acknowledgeBy,
                            status == CaseStatus.RECEIVED && today.isAfter(acknowledgeBy),
                            rs.getBoolean("reporter_wrote"));
                })
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<CaseView> view(AgencyId agency, UUID id) {
        return records.stored(agency, id).map(c -> {
            var key = keys.key(agency, c.id(), c.dataKey());
            var content = json.readValue(key.open(c.content()), Map.class);
            return new CaseView(
                    c.id(),
                    c.number(),
                    c.channel(),
                    c.anonymous(),
                    c.receivedOn(),
                    c.status(),
                    c.acknowledgeBy(),
                    (String) content.get("subject"),
                    (String) content.get("text"),
                    (String) content.get("place"),
                    records.steps(agency, id, key),
                    records.messages(agency, id, key),
                    c.status().next(),
                    attachments.list(agency, id, key));
        });
    }

    /** A file of the case, opened for an investigator. */
    @Transactional(readOnly = true)
    public Optional<Attachments.Ready> file(AgencyId agency, UUID id, int position) {
        return records.stored(agency, id)
                .flatMap(c -> attachments.open(agency, id, position, keys.key(agency, id, c.dataKey())));
    }

    /** Moves a case on, as its state allows; forwarding, resolving and dismissing say why (the reporter reads it). */
    @Transactional
    public void changeStatus(AgencyId agency, UUID id, CaseStatus next, String reason) {
        var found = records.stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        if (next == null || !found.status().next().contains(next)) {
            throw new Refusal("status", "complaint.status.not-allowed");
        }
        if (next.needsReason() && Complaints.blank(reason)) {
            throw new Refusal("reason", "complaint.reason.required");
        }
        if (reason != null && reason.length() > Complaints.LONG_TEXT) {
            throw new Refusal("reason", "validation.too-long");
        }
        var today = LocalDate.now(clock);
        int changed = jdbc.sql(
                        """
                        update complaint_case set status = :next, status_changed_on = :today
                        where agency_id = :a and id = :id and status = :current
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("next", next.name())
                .param("current", found.status().name())
                .param("today", today)
                .update();
        if (changed == 0) {
            throw new Refusal("status", "complaint.status.changed-meanwhile");
        }
        var by = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        records.step(
                agency,
                id,
                next,
                today,
                by,
                Complaints.blank(reason) ? null : reason.strip(),
                keys.key(agency, id, found.dataKey()));
        audit.record(
                agency,
                "status",
                "complaint_case",
                "#" + found.number(),
                Map.of("status", found.status()),
                Map.of("status", next));
    }

    /** A message from the investigator to the reporter, who reads it with the receipt. */
    @Transactional
    public void write(AgencyId agency, UUID id, String text) {
        Complaints.checkText(text);
        var found = records.stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        if (found.status().closed()) {
            throw new Refusal("text", "complaint.closed");
        }
        records.message(agency, id, false, text.strip(), keys.key(agency, id, found.dataKey()));
        audit.record(agency, "message", "complaint_case", "#" + found.number(), null, Map.of("from", "investigator"));
    }
}
