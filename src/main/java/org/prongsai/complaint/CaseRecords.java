package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A case's rows as both sides read and add to them: the case itself, its steps and its messages, sealed. */
@Component
class CaseRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Stored(
            UUID id,
            int number,
            Channel channel,
            boolean anonymous,
            LocalDate receivedOn,
            CaseStatus status,
            LocalDate acknowledgeBy,
            String receiptHash,
            byte[] dataKey,
            byte[] content) {}

    static final String STORED =
            """
            select id, number, channel, anonymous, received_on, status, acknowledge_by, receipt_hash, data_key, content
            from complaint_case where agency_id = :a and data_key is not null
            """;

    Optional<Stored> stored(AgencyId agency, UUID id) {
        return jdbc.sql(STORED + " and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .query(CaseRecords::stored)
                .optional();
    }

    static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getInt("number"),
                Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("anonymous"),
                rs.getObject("received_on", LocalDate.class),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("acknowledge_by", LocalDate.class),
                rs.getString("receipt_hash"),
                rs.getBytes("data_key"),
                rs.getBytes("content"));
    }

    void step(
            AgencyId agency, UUID id, CaseStatus status, LocalDate on, String by, String reason, CaseKeys.CaseKey key) {
        jdbc.sql(
                        """
                        insert into complaint_step (agency_id, case_id, position, status, taken_on, taken_by, reason)
                        values (:a, :id, (select count(*) from complaint_step where agency_id = :a and case_id = :id),
                            :status, :on, :by, :reason)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("status", status.name())
                .param("on", on)
                .param("by", by)
                .param("reason", reason == null ? null : key.seal(reason))
                .update();
    }

    List<Complaints.Step> steps(AgencyId agency, UUID id, CaseKeys.CaseKey key) {
        return jdbc.sql(
                        """
                        select status, taken_on, taken_by, reason from complaint_step
                        where agency_id = :a and case_id = :id order by position
                        """)
                .param("a", agency.value())
                .param("id", id)
                .query((rs, n) -> new Complaints.Step(
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("taken_on", LocalDate.class),
                        rs.getString("taken_by"),
                        rs.getBytes("reason") == null ? null : key.open(rs.getBytes("reason"))))
                .list();
    }

    void message(AgencyId agency, UUID id, boolean fromReporter, String text, CaseKeys.CaseKey key) {
        jdbc.sql(
                        """
                        insert into complaint_message (agency_id, case_id, position, written_on, from_reporter, body)
                        values (:a, :id, (select count(*) from complaint_message where agency_id = :a and case_id = :id),
                            :on, :fromReporter, :body)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("on", LocalDate.now(clock))
                .param("fromReporter", fromReporter)
                .param("body", key.seal(text))
                .update();
    }

    /** Whether the case's last message is the reporter's, today, with these words. */
    boolean lastFromReporterIs(AgencyId agency, UUID id, String text, CaseKeys.CaseKey key) {
        var last = messages(agency, id, key);
        if (last.isEmpty()) {
            return false;
        }
        var message = last.get(last.size() - 1);
        return message.fromReporter()
                && message.on().equals(LocalDate.now(clock))
                && message.text().equals(text);
    }

    List<Complaints.Message> messages(AgencyId agency, UUID id, CaseKeys.CaseKey key) {
        var out = new ArrayList<Complaints.Message>();
        jdbc.sql(
                        """
                        select written_on, from_reporter, body from complaint_message
                        where agency_id = :a and case_id = :id order by position
                        """)
                .param("a", agency.value())
                .param("id", id)
                .query(rs -> {
                    out.add(new Complaints.Message(
                            rs.getObject("written_on", LocalDate.class),
                            rs.getBoolean("from_reporter"),
                            key.open(rs.getBytes("body"))));
                });
        return out;
    }
}
