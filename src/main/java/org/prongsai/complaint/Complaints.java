package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.StaffIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint module's API: reports received, followed by their reporter with the receipt, and handled by the
 * agency's investigators. What a report says and who sent it are sealed in the database (see {@link CaseKeys})
 * and opened only to show them; they never go into the audit trail, events or logs, which name the case by its
 * number.
 */
@Service
public class Complaints {

    private static final int LONG_TEXT = 5_000;

    private final JdbcClient jdbc;
    private final CaseKeys keys;
    private final Receipts receipts;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final int acknowledgeDays;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    Complaints(
            JdbcClient jdbc,
            CaseKeys keys,
            Receipts receipts,
            Attachments attachments,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            @Value("${prongsai.complaints.acknowledge-days:15}") int acknowledgeDays,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.keys = keys;
        this.receipts = receipts;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.acknowledgeDays = acknowledgeDays;
    }

    /** The days an agency has to acknowledge a new report. */
    public int acknowledgeDays() {
        return acknowledgeDays;
    }

    /** What the reporter is told once: the case's number, the receipt, and by when it will be acknowledged. */
    public record Received(int number, Channel channel, String receipt, LocalDate acknowledgeBy) {}

    /** A step of the case as the reporter and the investigator see it; who took it is for staff only. */
    public record Step(CaseStatus status, LocalDate on, String by, String reason) {}

    public record Message(LocalDate on, boolean fromReporter, String text) {}

    /** A case as its reporter sees it with the receipt. */
    public record ReporterView(
            int number,
            Channel channel,
            LocalDate receivedOn,
            CaseStatus status,
            List<Step> steps,
            List<Message> messages) {}

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
            List<Step> steps,
            List<Message> messages,
            Set<CaseStatus> next,
            List<Attachments.Listed> files) {}

    /**
     * Takes a report. Someone who gives their name also gives one way to be reached, and a national ID, when
     * given, must be a valid one. A bot's report (the trap field filled in) gets a receipt that finds nothing.
     */
    public Received submit(AgencyId agency, ReportForm form) {
        try {
            return submit(agency, form, List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same, with the files the reporter attached (checked, cleaned and sealed with the case). */
    public Received submit(AgencyId agency, ReportForm form, List<Attachments.Upload> uploads)
            throws java.io.IOException {
        var today = LocalDate.now(clock);
        if (form.website() != null && !form.website().isBlank()) {
            // What a real report would be told, so that a bot cannot tell it was caught.
            int next = jdbc.sql("select coalesce(max(last), 0) + 1 from complaint_counter where agency_id = :a")
                    .param("a", agency.value())
                    .query(Integer.class)
                    .single();
            return new Received(next, form.channel(), receipts.issue().grouped(), today.plusDays(acknowledgeDays));
        }
        // An identity typed while "anonymous" is chosen is asked about, and nothing of it kept.
        var problems = form.identityProblems();
        if (!problems.isEmpty()) {
            throw new Refusal(problems.get(0).field(), problems.get(0).key());
        }
        var files = attachments.check(uploads);
        // The receipt's hash takes a tenth of a second or more: made before the transaction, so that no pooled
        // connection waits on it. A locator another case has (one in a hundred million) takes another receipt.
        while (true) {
            var receipt = receipts.issue();
            var received = transactions.execute(status -> store(agency, form, files, receipt, today));
            if (received != null) {
                return received;
            }
        }
    }

    private Received store(
            AgencyId agency, ReportForm form, List<Attachments.Ready> files, Receipts.Issued receipt, LocalDate today) {
        boolean taken = jdbc.sql("select exists (select 1 from complaint_case where agency_id = :a and locator = :l)")
                .param("a", agency.value())
                .param("l", receipt.locator())
                .query(Boolean.class)
                .single();
        if (taken) {
            return null;
        }
        var id = UUID.randomUUID();
        int number = jdbc.sql(
                        """
                        insert into complaint_counter (agency_id, last) values (:a, 1)
                        on conflict (agency_id) do update set last = complaint_counter.last + 1 returning last
                        """)
                .param("a", agency.value())
                .query(Integer.class)
                .single();
        var key = keys.newKey(agency, id);
        var content = new LinkedHashMap<String, String>();
        content.put("subject", clean(form.subject()));
        content.put("text", form.text().strip());
        content.put("place", clean(form.place()));
        byte[] identity = null;
        if (!form.anonymous()) {
            var who = new LinkedHashMap<String, String>();
            who.put("name", clean(form.name()));
            who.put("nationalId", ThaiNationalId.normalise(form.nationalId()));
            who.put("phone", clean(form.phone()));
            who.put("email", clean(form.email()));
            who.put("lineId", clean(form.lineId()));
            identity = key.seal(json.writeValueAsString(who));
        }
        var acknowledgeBy = today.plusDays(acknowledgeDays);
        jdbc.sql(
                        """
                        insert into complaint_case (agency_id, id, number, channel, anonymous, received_on,
                            status_changed_on, acknowledge_by, locator, receipt_hash, data_key, content, identity)
                        values (:a, :id, :number, :channel, :anonymous, :today, :today, :ackBy, :locator, :hash,
                            :key, :content, :identity)
                        """)
                .param("a", agency.value())
                .param("id", id)
                .param("number", number)
                .param("channel", form.channel().name())
                .param("anonymous", form.anonymous())
                .param("today", today)
                .param("ackBy", acknowledgeBy)
                .param("locator", receipt.locator())
                .param("hash", receipt.hash())
                .param("key", key.sealed())
                .param("content", key.seal(json.writeValueAsString(content)))
                .param("identity", identity)
                .update();
        step(agency, id, CaseStatus.RECEIVED, today, "-", null, key);
        attachments.save(agency, id, key, files);
        // No audit row: its time would say when the reporter wrote, finer than the day the case keeps.
        events.publishEvent(new ReportReceived(agency, number, form.channel()));
        return new Received(number, form.channel(), receipt.grouped(), acknowledgeBy);
    }

    /**
     * The case a receipt opens, or nothing: a wrong receipt says no more than that. Not one transaction: the
     * hash is checked between two short reads, holding no pooled connection while it runs.
     */
    public Optional<ReporterView> forReporter(AgencyId agency, String typedReceipt) {
        return caseOf(agency, typedReceipt).map(c -> {
            var key = keys.key(agency, c.id(), c.dataKey());
            var steps = steps(agency, c.id(), key).stream()
                    .map(s -> new Step(s.status(), s.on(), null, s.reason()))
                    .toList();
            return new ReporterView(
                    c.number(), c.channel(), c.receivedOn(), c.status(), steps, messages(agency, c.id(), key));
        });
    }

    /** The reporter answers the investigator, or adds what they remembered, with the receipt. */
    public void reply(AgencyId agency, String typedReceipt, String text) {
        checkText(text);
        var found = caseOf(agency, typedReceipt).orElseThrow(() -> new Refusal("receipt", "complaint.receipt.unknown"));
        if (found.status().closed()) {
            throw new Refusal("text", "complaint.closed");
        }
        var key = keys.key(agency, found.id(), found.dataKey());
        // No audit row, for the same reason as a new report: the reporter's time stays unrecorded.
        transactions.executeWithoutResult(status -> message(agency, found.id(), true, text.strip(), key));
    }

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
        return stored(agency, id).map(c -> {
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
                    steps(agency, id, key),
                    messages(agency, id, key),
                    c.status().next(),
                    attachments.list(agency, id, key));
        });
    }

    /** A file of the case, opened for an investigator. */
    @Transactional(readOnly = true)
    public Optional<Attachments.Ready> file(AgencyId agency, UUID id, int position) {
        return stored(agency, id)
                .flatMap(c -> attachments.open(agency, id, position, keys.key(agency, id, c.dataKey())));
    }

    /** Moves a case on, as its state allows; forwarding, resolving and dismissing say why (the reporter reads it). */
    @Transactional
    public void changeStatus(AgencyId agency, UUID id, CaseStatus next, String reason) {
        var found = stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        if (next == null || !found.status().next().contains(next)) {
            throw new Refusal("status", "complaint.status.not-allowed");
        }
        if (next.needsReason() && blank(reason)) {
            throw new Refusal("reason", "complaint.reason.required");
        }
        if (reason != null && reason.length() > LONG_TEXT) {
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
        step(agency, id, next, today, by, blank(reason) ? null : reason.strip(), keys.key(agency, id, found.dataKey()));
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
        checkText(text);
        var found = stored(agency, id).orElseThrow(() -> new Refusal(null, "complaint.case.unknown"));
        if (found.status().closed()) {
            throw new Refusal("text", "complaint.closed");
        }
        message(agency, id, false, text.strip(), keys.key(agency, id, found.dataKey()));
        audit.record(agency, "message", "complaint_case", "#" + found.number(), null, Map.of("from", "investigator"));
    }

    // ---- inside ----------------------------------------------------------------------------------------------

    private record Stored(
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

    private static final String STORED =
            """
            select id, number, channel, anonymous, received_on, status, acknowledge_by, receipt_hash, data_key, content
            from complaint_case where agency_id = :a and data_key is not null
            """;

    private Optional<Stored> stored(AgencyId agency, UUID id) {
        return jdbc.sql(STORED + " and id = :id")
                .param("a", agency.value())
                .param("id", id)
                .query(Complaints::stored)
                .optional();
    }

    /** The case a receipt finds, checked against its hash; the same work is done when no case is found. */
    private Optional<Stored> caseOf(AgencyId agency, String typedReceipt) {
        var code = Receipts.read(typedReceipt);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        var found = jdbc.sql(STORED + " and locator = :locator")
                .param("a", agency.value())
                .param("locator", code.get().substring(0, Receipts.LOCATOR))
                .query(Complaints::stored)
                .optional();
        if (found.isEmpty()) {
            receipts.matchNothing(code.get());
            return Optional.empty();
        }
        return receipts.matches(code.get(), found.get().receiptHash()) ? found : Optional.empty();
    }

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
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

    private void step(
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

    private List<Step> steps(AgencyId agency, UUID id, CaseKeys.CaseKey key) {
        return jdbc.sql(
                        """
                        select status, taken_on, taken_by, reason from complaint_step
                        where agency_id = :a and case_id = :id order by position
                        """)
                .param("a", agency.value())
                .param("id", id)
                .query((rs, n) -> new Step(
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("taken_on", LocalDate.class),
                        rs.getString("taken_by"),
                        rs.getBytes("reason") == null ? null : key.open(rs.getBytes("reason"))))
                .list();
    }

    private void message(AgencyId agency, UUID id, boolean fromReporter, String text, CaseKeys.CaseKey key) {
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

    private List<Message> messages(AgencyId agency, UUID id, CaseKeys.CaseKey key) {
        var out = new ArrayList<Message>();
        jdbc.sql(
                        """
                        select written_on, from_reporter, body from complaint_message
                        where agency_id = :a and case_id = :id order by position
                        """)
                .param("a", agency.value())
                .param("id", id)
                .query(rs -> {
                    out.add(new Message(
                            rs.getObject("written_on", LocalDate.class),
                            rs.getBoolean("from_reporter"),
                            key.open(rs.getBytes("body"))));
                });
        return out;
    }

    private static void checkText(String text) {
        if (blank(text)) {
            throw new Refusal("text", "complaint.message.required");
        }
        if (text.length() > LONG_TEXT) {
            throw new Refusal("text", "validation.too-long");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clean(String value) {
        return blank(value) ? null : value.strip();
    }
}
