package org.prongsai.improvement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.FileStore;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's announcement as a document: rendered for a preview, made once into the files the executive signs,
 * issued as the plan's next version, and read back exactly as issued.
 */
@Service
public class Announcements {

    private final JdbcClient jdbc;
    private final ImprovementManagement plans;
    private final AgencyManagement agencies;
    private final FileStore files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RenderedFiles rendered;

    Announcements(
            JdbcClient jdbc,
            ImprovementManagement plans,
            AgencyManagement agencies,
            FileStore files,
            AuditTrail audit,
            ApplicationEventPublisher events,
            RenderedFiles rendered) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.agencies = agencies;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.rendered = rendered;
    }

    /** Renders the announcement as it stands, without issuing it. */
    @Transactional(readOnly = true)
    public byte[] previewPdf(AgencyId agency, int planYear) {
        var plan = plans.plan(agency, planYear)
                .orElseThrow(() -> ImprovementManagement.refused("plan", "improvement.plan.none", planYear));
        return render(agency, plan);
    }

    /** The announcement as it stands, made once into the PDF and Word files the executive is asked to sign. */
    record Prepared(UUID planId, String pdfSha256, String docxSha256) {}

    Prepared prepare(AgencyId agency, int planYear) {
        var plan = plans.plan(agency, planYear)
                .orElseThrow(() -> ImprovementManagement.refused("plan", "improvement.plan.none", planYear));
        PlanCheck.checkForIssue(plan);
        try {
            var pdfSha = files.put(render(agency, plan));
            var docxSha = files.put(renderDocx(agency, plan));
            return new Prepared(plans.planId(agency, planYear).orElseThrow(), pdfSha, docxSha);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issues what the executive signed as the plan's next version: its files never change, and the public site
     * lists it from now on.
     */
    Announcement issue(
            AgencyId agency, int planYear, Prepared signed, String pdfSha256, String signedBy, String actingFor) {
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from improvement_announcement where agency_id = :a and plan_id = :p")
                .param("a", agency.value())
                .param("p", signed.planId())
                .query(Integer.class)
                .single();
        var issuer = StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
        jdbc.sql(
                        """
                        insert into improvement_announcement (agency_id, plan_id, version, pdf_sha256, docx_sha256,
                            issued_by, signed_by, acting_for, announced_on)
                        values (:a, :p, :v, :sha, :docx, :by, :signedBy, :actingFor,
                            (select announced_on from improvement_plan where agency_id = :a and id = :p))
                        """)
                .param("a", agency.value())
                .param("p", signed.planId())
                .param("v", version)
                .param("sha", pdfSha256)
                .param("docx", signed.docxSha256())
                .param("by", issuer)
                .param("signedBy", signedBy)
                .param("actingFor", actingFor)
                .update();
        audit.record(
                agency,
                "issue",
                "improvement_announcement",
                planYear + " v" + version,
                null,
                Map.of("sha256", pdfSha256, "signedBy", signedBy));
        events.publishEvent(new AnnouncementIssued(agency, planYear, version));
        return announcements(agency, planYear).stream()
                .filter(a -> a.version() == version)
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Announcement> announcements(AgencyId agency, int planYear) {
        return jdbc.sql(
                        """
                        select p.plan_year, a.version, a.pdf_sha256, a.issued_at, a.issued_by, a.signed_by, a.acting_for, a.announced_on
                        from improvement_announcement a
                        join improvement_plan p on p.agency_id = a.agency_id and p.id = a.plan_id
                        where a.agency_id = :a and p.plan_year = :y order by a.version desc
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query(Announcements::announcement)
                .list();
    }

    /** Every issued announcement of every year, newest first: what the public site lists. */
    @Transactional(readOnly = true)
    public List<Announcement> allAnnouncements(AgencyId agency) {
        return jdbc.sql(
                        """
                        select p.plan_year, a.version, a.pdf_sha256, a.issued_at, a.issued_by, a.signed_by, a.acting_for, a.announced_on
                        from improvement_announcement a
                        join improvement_plan p on p.agency_id = a.agency_id and p.id = a.plan_id
                        where a.agency_id = :a order by p.plan_year desc, a.version desc
                        """)
                .param("a", agency.value())
                .query(Announcements::announcement)
                .list();
    }

    /** An issued version's PDF, exactly as issued. */
    public Optional<InputStream> announcementPdf(AgencyId agency, int planYear, int version) throws IOException {
        var found = announcements(agency, planYear).stream()
                .filter(a -> a.version() == version)
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return files.open(found.get().pdfSha256());
    }

    private byte[] render(AgencyId agency, PlanDocument plan) {
        try {
            return rendered.get(renderKey(agency, plan, "pdf"), () -> AnnouncementPdf.render(plan, issuer(agency)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] renderDocx(AgencyId agency, PlanDocument plan) throws IOException {
        return rendered.get(renderKey(agency, plan, "docx"), () -> AnnouncementDocx.render(plan, issuer(agency)));
    }

    /** All an announcement's files are made from: the plan, and the agency's name and emblem (the issuer). */
    private Object renderKey(AgencyId agency, PlanDocument plan, String kind) {
        var profile = agencies.get(agency);
        return List.of(kind, agency, plan, profile.nameTh(), String.valueOf(profile.emblemSha256()));
    }

    private AnnouncementPdf.Issuer issuer(AgencyId agency) throws IOException {
        var profile = agencies.get(agency);
        byte[] emblem = null;
        if (profile.emblemSha256() != null) {
            var in = files.open(profile.emblemSha256());
            if (in.isPresent()) {
                try (var stream = in.get()) {
                    emblem = stream.readAllBytes();
                }
            }
        }
        return new AnnouncementPdf.Issuer(profile.nameTh(), emblem);
    }

    /** An issued version's Word file, made at the same moment as its PDF. */
    @Transactional(readOnly = true)
    public Optional<InputStream> announcementDocx(AgencyId agency, int planYear, int version) throws IOException {
        var sha = jdbc.sql(
                        """
                        select a.docx_sha256 from improvement_announcement a
                        join improvement_plan p on p.agency_id = a.agency_id and p.id = a.plan_id
                        where a.agency_id = :a and p.plan_year = :y and a.version = :v
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .param("v", version)
                .query(String.class)
                .optional();
        return sha.isEmpty() || sha.get() == null ? Optional.empty() : files.open(sha.get());
    }

    private static Announcement announcement(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Announcement(
                rs.getInt("plan_year"),
                rs.getInt("version"),
                rs.getString("pdf_sha256"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by"),
                rs.getString("signed_by"),
                rs.getString("acting_for"),
                rs.getObject("announced_on", java.time.LocalDate.class));
    }
}
