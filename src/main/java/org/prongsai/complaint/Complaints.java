package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint module's API for reporters: reports received, and followed and answered with the receipt
 * ({@link CaseHandling} is the investigators' side). What a report says and who sent it are sealed in the
 * database (see {@link CaseKeys}) and opened only to show them; they never go into the audit trail, events or
 * logs, which name the case by its number.
 */
@Service
public class Complaints {

    static final int LONG_TEXT = 5_000;

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final CaseKeys keys;
    private final Receipts receipts;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ComplaintSettings settings;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    Complaints(
            JdbcClient jdbc,
            CaseRecords records,
            CaseKeys keys,
            Receipts receipts,
            Attachments attachments,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            ComplaintSettings settings,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.records = records;
        this.keys = keys;
        this.receipts = receipts;
        this.attachments = attachments;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /** The days the agency gives itself to acknowledge a new report. */
    public int acknowledgeDays(AgencyId agency) {
        return settings.acknowledgeDays(agency);
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
            List<Message> messages,
            List<String> files) {}

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
            return new Received(
                    next, form.channel(), receipts.issue().grouped(), today.plusDays(settings.acknowledgeDays(agency)));
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
        var acknowledgeBy = today.plusDays(settings.acknowledgeDays(agency));
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
        records.step(agency, id, CaseStatus.RECEIVED, today, "-", null, key);
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
        return caseOf(agency, typedReceipt).map(c -> view(agency, c));
    }

    /**
     * What the reporter sees after replying: the case as it now is, and the reason the reply was refused when it
     * was (a closed case, an empty or too long text). Empty for a wrong receipt, which is checked once.
     */
    public record Replied(ReporterView view, @Nullable Refusal refused) {}

    /** The reporter answers the investigator, or adds what they remembered, with the receipt. */
    public Optional<Replied> reply(AgencyId agency, String typedReceipt, String text) {
        return reply(agency, typedReceipt, text, List.of());
    }

    /**
     * The same, with evidence added: files checked and cleaned as a report's are. A reply may be files alone;
     * a case keeps at most {@link #MOST_FILES} of them.
     */
    public Optional<Replied> reply(
            AgencyId agency, String typedReceipt, String text, List<Attachments.Upload> uploads) {
        return caseOf(agency, typedReceipt).map(found -> {
            try {
                var files = attachments.check(uploads);
                if (files.isEmpty() && blank(text)) {
                    throw new Refusal("text", "complaint.reply.required");
                }
                if (!blank(text)) {
                    checkText(text);
                }
                if (found.status().closed()) {
                    throw new Refusal("text", "complaint.closed");
                }
                if (attachments.count(agency, found.id()) + files.size() > MOST_FILES) {
                    throw new Refusal("files", "complaint.files.case-full", MOST_FILES);
                }
                var key = keys.key(agency, found.id(), found.dataKey());
                // No audit row, for the same reason as a new report: the reporter's time stays unrecorded.
                transactions.executeWithoutResult(status -> {
                    // The same words again, straight after (a page reloaded, a button pressed twice): kept once.
                    if (!blank(text) && !records.lastFromReporterIs(agency, found.id(), text.strip(), key)) {
                        records.message(agency, found.id(), true, text.strip(), key);
                    }
                    attachments.save(agency, found.id(), key, files);
                });
                return new Replied(view(agency, found), null);
            } catch (Refusal refused) {
                return new Replied(view(agency, found), refused);
            } catch (java.io.IOException unreadable) {
                return new Replied(view(agency, found), new Refusal("files", "complaint.files.unreadable"));
            }
        });
    }

    /** Files a case keeps at most, the report's and every reply's together. */
    static final int MOST_FILES = 12;

    private ReporterView view(AgencyId agency, CaseRecords.Stored c) {
        var key = keys.key(agency, c.id(), c.dataKey());
        var steps = records.steps(agency, c.id(), key).stream()
                .map(s -> new Step(s.status(), s.on(), null, s.reason()))
                .toList();
        var files = attachments.list(agency, c.id(), key).stream()
                .map(Attachments.Listed::name)
                .toList();
        return new ReporterView(
                c.number(),
                c.channel(),
                c.receivedOn(),
                c.status(),
                steps,
                records.messages(agency, c.id(), key),
                files);
    }

    /** The case a receipt finds, checked against its hash; the same work is done when no case is found. */
    private Optional<CaseRecords.Stored> caseOf(AgencyId agency, String typedReceipt) {
        var code = Receipts.read(typedReceipt);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        var found = jdbc.sql(CaseRecords.STORED + " and locator = :locator")
                .param("a", agency.value())
                .param("locator", code.get().substring(0, Receipts.LOCATOR))
                .query(CaseRecords::stored)
                .optional();
        if (found.isEmpty()) {
            receipts.matchNothing(code.get());
            return Optional.empty();
        }
        return receipts.matches(code.get(), found.get().receiptHash()) ? found : Optional.empty();
    }

    static void checkText(String text) {
        if (blank(text)) {
            throw new Refusal("text", "complaint.message.required");
        }
        if (text.length() > LONG_TEXT) {
            throw new Refusal("text", "validation.too-long");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clean(String value) {
        return blank(value) ? null : value.strip();
    }
}
