package org.prongsai.improvement;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.DocumentManagement;
import org.prongsai.document.UploadKind;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chief executive signs the announcement; the ITA officer only prepares it. The officer submits the plan:
 * its PDF and Word files are made then, and the executive reads exactly those. The executive (or whoever acts
 * for them) signs, and it is issued and published, with the scan of the wet-signed paper in place of the made
 * PDF when there is one; or returns it with a comment that the officer reads on the plan. Each submission is
 * decided once, by someone other than whoever submitted it.
 */
@Service
public class AnnouncementSigning {

    public enum Status {
        SUBMITTED,
        SIGNED,
        RETURNED,
        WITHDRAWN
    }

    /** A submission and what became of it. */
    public record Submission(
            UUID id,
            UUID planId,
            int planYear,
            Status status,
            String pdfSha256,
            String docxSha256,
            Instant submittedAt,
            String submittedBy,
            UUID submittedById,
            Instant decidedAt,
            String decidedBy,
            String actingFor,
            String comment,
            Integer version) {}

    static final int LONG_TEXT = 2000;

    private final JdbcClient jdbc;
    private final ImprovementManagement plans;
    private final Announcements announcements;
    private final DocumentManagement documents;
    private final AuditTrail audit;

    AnnouncementSigning(
            JdbcClient jdbc,
            ImprovementManagement plans,
            Announcements announcements,
            DocumentManagement documents,
            AuditTrail audit) {
        this.announcements = announcements;
        this.jdbc = jdbc;
        this.plans = plans;
        this.documents = documents;
        this.audit = audit;
    }

    /** The officer asks the executive to sign the plan's announcement as it stands now. */
    @Transactional
    public Submission submit(AgencyId agency, int planYear) {
        // Changes to the plan wait until the request is recorded, and the request waits for a change under way.
        plans.lockPlan(agency, planYear);
        var prepared = announcements.prepare(agency, planYear);
        var id = UUID.randomUUID();
        var actor = StaffIdentity.current();
        try {
            jdbc.sql(
                            """
                            insert into improvement_signing (agency_id, id, plan_id, status, pdf_sha256, docx_sha256,
                                submitted_by, submitted_by_id)
                            values (:a, :id, :plan, 'SUBMITTED', :pdf, :docx, :by, :byId)
                            """)
                    .param("a", agency.value())
                    .param("id", id)
                    .param("plan", prepared.planId())
                    .param("pdf", prepared.pdfSha256())
                    .param("docx", prepared.docxSha256())
                    .param("by", actor.map(StaffIdentity::displayName).orElse("system"))
                    .param("byId", actor.map(StaffIdentity::userId).orElse(null))
                    .update();
        } catch (DuplicateKeyException e) {
            throw ImprovementManagement.refused("signing", "improvement.signing.already-waiting", planYear);
        }
        audit.record(agency, "submit", "improvement_signing", id, null, Map.of("planYear", planYear));
        return find(agency, id).orElseThrow();
    }

    /**
     * Signs a waiting submission, which issues it as the plan's next version.
     *
     * @param actingFor "ปฏิบัติราชการแทนนายกเทศมนตรี" and the like when the signer acts for the chief executive,
     *     else blank
     * @param scan the wet-signed paper scanned to PDF, published in place of the made PDF; null or empty if none
     */
    @Transactional
    public Announcement sign(
            AgencyId agency, int planYear, UUID submissionId, String actingFor, String scanName, byte[] scan)
            throws IOException {
        var submission = waiting(agency, planYear, submissionId);
        var acting = actingFor == null || actingFor.isBlank() ? null : actingFor.strip();
        if (acting != null && acting.length() > 300) {
            throw ImprovementManagement.refused("actingFor", "validation.too-long");
        }
        String published = submission.pdfSha256();
        UUID scanId = null;
        if (scan != null && scan.length > 0) {
            var stored = documents.store(agency, UploadKind.PDF, scanName, scan);
            scanId = stored.id();
            published = stored.sha256();
        }
        var signer = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        var prepared = new Announcements.Prepared(submission.planId(), submission.pdfSha256(), submission.docxSha256());
        var announcement = announcements.issue(agency, planYear, prepared, published, signer, acting);
        decide(agency, submissionId, Status.SIGNED, acting, scanId, null, announcement.version());
        audit.record(
                agency,
                "sign",
                "improvement_signing",
                submissionId,
                Map.of("status", Status.SUBMITTED.name()),
                Map.of("status", Status.SIGNED.name(), "version", announcement.version()));
        return announcement;
    }

    /** Returns a waiting submission to the officer with what to change. */
    @Transactional
    public void giveBack(AgencyId agency, int planYear, UUID submissionId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw ImprovementManagement.refused("comment", "improvement.signing.comment-required");
        }
        if (comment.length() > LONG_TEXT) {
            throw ImprovementManagement.refused("comment", "validation.too-long");
        }
        waiting(agency, planYear, submissionId);
        decide(agency, submissionId, Status.RETURNED, null, null, comment.strip(), null);
        audit.record(
                agency,
                "return",
                "improvement_signing",
                submissionId,
                Map.of("status", Status.SUBMITTED.name()),
                Map.of("status", Status.RETURNED.name(), "comment", comment.strip()));
    }

    /** The officer takes a waiting request back, to change the plan before sending it again. */
    @Transactional
    public void withdraw(AgencyId agency, int planYear, UUID submissionId) {
        var submission = require(agency, planYear, submissionId);
        if (submission.status() != Status.SUBMITTED) {
            throw ImprovementManagement.refused("signing", "improvement.signing.already-decided");
        }
        decide(agency, submissionId, Status.WITHDRAWN, null, null, null, null);
        audit.record(
                agency,
                "withdraw",
                "improvement_signing",
                submissionId,
                Map.of("status", Status.SUBMITTED.name()),
                Map.of("status", Status.WITHDRAWN.name()));
    }

    /** The plan's newest submission, whatever became of it. */
    @Transactional(readOnly = true)
    public Optional<Submission> latest(AgencyId agency, int planYear) {
        return jdbc.sql(SELECT + " where s.agency_id = :a and p.plan_year = :y order by s.submitted_at desc limit 1")
                .param("a", agency.value())
                .param("y", planYear)
                .query(AnnouncementSigning::submission)
                .optional();
    }

    /**
     * Whether the plan was saved after its latest signature: what is published is still the version signed,
     * until the changed plan is sent and signed in turn.
     */
    @Transactional(readOnly = true)
    public boolean changedSinceSigned(AgencyId agency, int planYear) {
        return jdbc.sql(
                        """
                        select coalesce(bool_or(p.updated_at > s.decided_at), false)
                        from improvement_plan p
                        join improvement_signing s on s.agency_id = p.agency_id and s.plan_id = p.id
                        where p.agency_id = :a and p.plan_year = :y and s.status = 'SIGNED'
                            and s.decided_at = (select max(decided_at) from improvement_signing
                                                where agency_id = p.agency_id and plan_id = p.id and status = 'SIGNED')
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query(Boolean.class)
                .single();
    }

    /** Every submission waiting for a signature, oldest first. */
    @Transactional(readOnly = true)
    public List<Submission> waiting(AgencyId agency) {
        return jdbc.sql(SELECT + " where s.agency_id = :a and s.status = 'SUBMITTED' order by s.submitted_at")
                .param("a", agency.value())
                .query(AnnouncementSigning::submission)
                .list();
    }

    /** Plans whose newest submission the executive returned: the officer has changes to make. */
    @Transactional(readOnly = true)
    public List<Submission> returned(AgencyId agency) {
        return jdbc.sql("select * from (" + SELECT.replace("select ", "select distinct on (s.plan_id) ")
                        + " where s.agency_id = :a order by s.plan_id, s.submitted_at desc) newest"
                        + " where status = 'RETURNED' order by plan_year")
                .param("a", agency.value())
                .query(AnnouncementSigning::submission)
                .list();
    }

    /** The plan's request of that id, or a refusal that says there is none (another agency's is none). */
    @Transactional(readOnly = true)
    public Submission require(AgencyId agency, int planYear, UUID id) {
        return find(agency, id)
                .filter(s -> s.planYear() == planYear)
                .orElseThrow(() -> ImprovementManagement.refused("signing", "improvement.signing.not-found"));
    }

    @Transactional(readOnly = true)
    public Optional<Submission> find(AgencyId agency, UUID id) {
        return jdbc.sql(SELECT + " where s.agency_id = :a and s.id = :id")
                .param("a", agency.value())
                .param("id", id)
                .query(AnnouncementSigning::submission)
                .optional();
    }

    private Submission waiting(AgencyId agency, int planYear, UUID submissionId) {
        var submission = require(agency, planYear, submissionId);
        if (submission.status() != Status.SUBMITTED) {
            throw ImprovementManagement.refused("signing", "improvement.signing.already-decided");
        }
        var me = StaffIdentity.current().map(StaffIdentity::userId);
        if (submission.submittedById() != null
                && me.isPresent()
                && submission.submittedById().equals(me.get())) {
            // Two people: whoever prepared it does not also sign it or send it back.
            throw ImprovementManagement.refused("signing", "improvement.signing.not-yourself");
        }
        return submission;
    }

    private void decide(
            AgencyId agency, UUID id, Status status, String actingFor, UUID scanId, String comment, Integer version) {
        var actor = StaffIdentity.current();
        // Decided once: of two executives deciding at the same moment, the second finds it decided.
        int changed = jdbc.sql(
                        """
                        update improvement_signing set status = :status, decided_at = now(), decided_by = :by,
                            decided_by_id = :byId, acting_for = :acting, scan_file = :scan, comment = :comment,
                            version = :version
                        where agency_id = :a and id = :id and status = 'SUBMITTED'
                        """)
                .param("status", status.name())
                .param("by", actor.map(StaffIdentity::displayName).orElse("system"))
                .param("byId", actor.map(StaffIdentity::userId).orElse(null))
                .param("acting", actingFor)
                .param("scan", scanId)
                .param("comment", comment)
                .param("version", version)
                .param("a", agency.value())
                .param("id", id)
                .update();
        if (changed != 1) {
            throw ImprovementManagement.refused("signing", "improvement.signing.already-decided");
        }
    }

    private static final String SELECT =
            """
            select s.id, s.plan_id, p.plan_year, s.status, s.pdf_sha256, s.docx_sha256, s.submitted_at,
                   s.submitted_by, s.submitted_by_id, s.decided_at,
                   s.decided_by, s.acting_for, s.comment, s.version
            from improvement_signing s
            join improvement_plan p on p.agency_id = s.agency_id and p.id = s.plan_id""";

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        var decided = rs.getTimestamp("decided_at");
        return new Submission(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getInt("plan_year"),
                Status.valueOf(rs.getString("status")),
                rs.getString("pdf_sha256"),
                rs.getString("docx_sha256"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_by"),
                rs.getObject("submitted_by_id", UUID.class),
                decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"),
                rs.getString("acting_for"),
                rs.getString("comment"),
                (Integer) rs.getObject("version"));
    }
}
