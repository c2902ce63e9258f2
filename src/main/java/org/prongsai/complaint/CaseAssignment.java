package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.Role;
import org.prongsai.account.StaffAccount;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.Unit;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.StaffIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who handles a case (a unit of the agency and an investigator) and the investigators' internal notes, which the
 * reporter never reads. Notes are sealed with the case's key; the audit trail says a note was written, not what.
 */
@Service
public class CaseAssignment {

    private final JdbcClient jdbc;
    private final CaseKeys keys;
    private final CaseRecords records;
    private final AgencyManagement agencies;
    private final AccountManagement accounts;
    private final AuditTrail audit;
    private final Clock clock;

    CaseAssignment(
            JdbcClient jdbc,
            CaseKeys keys,
            CaseRecords records,
            AgencyManagement agencies,
            AccountManagement accounts,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.records = records;
        this.agencies = agencies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** An internal note: when, by whom, what. */
    public record Note(LocalDate on, String by, String text) {}

    /** Who handles a case now, and whom it may be given to. */
    public record Handling(
            @Nullable UUID unitId,
            @Nullable UUID assigneeId,
            List<Unit> units,
            List<StaffAccount> investigators,
            List<Note> notes) {}

    @Transactional(readOnly = true)
    public Handling handling(AgencyId agency, UUID id) {
        var found = records.stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        var key = keys.key(agency, id, found.dataKey());
        var now = inCharge(agency, id);
        var notes = new ArrayList<Note>();
        jdbc.sql(
                        """
                        select written_on, written_by, body from complaint_note
                        where agency_id = :a and case_id = :id order by position
                        """)
                .param("a", agency.value())
                .param("id", id)
                .query(rs -> {
                    notes.add(new Note(
                            rs.getObject("written_on", LocalDate.class),
                            rs.getString("written_by"),
                            key.open(rs.getBytes("body"))));
                });
        return new Handling(now.unitId(), now.assigneeId(), agencies.units(agency), investigators(agency), notes);
    }

    private record InCharge(@Nullable UUID unitId, @Nullable UUID assigneeId) {}

    private InCharge inCharge(AgencyId agency, UUID id) {
        return jdbc.sql("select unit_id, assignee_id from complaint_case where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .query((rs, n) ->
                        new InCharge(rs.getObject("unit_id", UUID.class), rs.getObject("assignee_id", UUID.class)))
                .single();
    }

    /** The agency's investigators who may be put in charge of a case: enabled accounts with the role. */
    List<StaffAccount> investigators(AgencyId agency) {
        return accounts.accounts(agency).stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.INVESTIGATOR))
                .toList();
    }

    /** Gives the case to a unit and an investigator of this agency (either may be left empty). */
    @Transactional
    public void assign(AgencyId agency, UUID id, @Nullable UUID unitId, @Nullable UUID assigneeId) {
        var found = records.stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        var unit = unitId == null
                ? null
                : agencies.units(agency).stream()
                        .filter(u -> u.id().equals(unitId))
                        .findFirst()
                        .orElseThrow(() -> new Refusal("unitId", "complaint.assign.unit-unknown"));
        var assignee = assigneeId == null
                ? null
                : investigators(agency).stream()
                        .filter(a -> a.id().equals(assigneeId))
                        .findFirst()
                        .orElseThrow(() -> new Refusal("assigneeId", "complaint.assign.not-investigator"));
        var was = inCharge(agency, id);
        var before = new LinkedHashMap<String, Object>();
        before.put("unit", String.valueOf(was.unitId()));
        before.put("assignee", String.valueOf(was.assigneeId()));
        jdbc.sql("update complaint_case set unit_id = :unit, assignee_id = :assignee where agency_id = :a and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .param("unit", unitId)
                .param("assignee", assigneeId)
                .update();
        var after = new LinkedHashMap<String, Object>();
        after.put("unit", String.valueOf(unitId));
        after.put("assignee", String.valueOf(assigneeId));
        after.put("unitName", unit == null ? "" : unit.nameTh());
        after.put("assigneeName", assignee == null ? "" : assignee.displayName());
        audit.record(agency, "assign", "complaint_case", "#" + found.number(), before, after);
    }

    /** An internal note on the case, for the investigators alone. */
    @Transactional
    public void note(AgencyId agency, UUID id, String text) {
        if (Complaints.blank(text)) {
            throw new Refusal("note", "complaint.note.required");
        }
        if (text.length() > Complaints.LONG_TEXT) {
            throw new Refusal("note", "validation.too-long");
        }
        var found = records.stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        var by = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        jdbc.sql(
                        """
                        insert into complaint_note (agency_id, case_id, position, written_on, written_by, body)
                        values (:a, :id, (select count(*) from complaint_note where agency_id = :a and case_id = :id),
                            :on, :by, :body)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("on", LocalDate.now(clock))
                .param("by", by)
                .param("body", keys.key(agency, id, found.dataKey()).seal(text.strip()))
                .update();
        audit.record(agency, "note", "complaint_case", "#" + found.number(), null, java.util.Map.of("note", "written"));
    }
}
