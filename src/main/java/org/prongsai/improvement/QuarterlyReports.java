package org.prongsai.improvement;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.document.FileStore;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quarterly reports to the executives (ไตรมาสที่ ๑–๔), as a page and as a PDF, and their acknowledgement. */
@Service
public class QuarterlyReports {

    private final JdbcClient jdbc;
    private final MeasureTracking tracking;
    private final AgencyManagement agencies;
    private final AuditTrail audit;
    private final FileStore files;

    private final ApplicationEventPublisher events;

    private final RenderedFiles rendered;

    private final Clock clock;

    QuarterlyReports(
            Clock clock,
            JdbcClient jdbc,
            MeasureTracking tracking,
            AgencyManagement agencies,
            AuditTrail audit,
            FileStore files,
            ApplicationEventPublisher events,
            RenderedFiles rendered) {
        this.clock = clock;
        this.rendered = rendered;
        this.events = events;
        this.jdbc = jdbc;
        this.tracking = tracking;
        this.agencies = agencies;
        this.audit = audit;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public QuarterlyReport report(AgencyId agency, int planYear, int quarter, LocalDate today) {
        if (quarter < 1 || quarter > 4) {
            throw ImprovementManagement.refused("quarter", "improvement.report.quarter-invalid", quarter);
        }
        var year = FiscalYear.of(planYear);
        var from = year.start().plusMonths((quarter - 1) * 3L);
        var to = from.plusMonths(3).minusDays(1);
        // Late means late by the end of the quarter, or by today while the quarter is still running.
        var asOf = today.isBefore(to) ? today : to.plusDays(1);
        var due = tracking.board(agency, null, today).stream()
                .filter(o -> o.planYear() == planYear && !o.dropped())
                .filter(o -> o.dueOn() != null
                        && !o.dueOn().isBefore(from)
                        && !o.dueOn().isAfter(to))
                .toList();
        var done =
                due.stream().filter(o -> o.status() == Occurrence.Status.DONE).toList();
        var late = due.stream().filter(o -> o.lateOn(asOf)).toList();
        var evidence = jdbc.sql(
                        """
                        select g.written_at, g.written_by, m.text as measure, g.note, g.evidence_name, g.evidence_link
                        from improvement_progress g
                        join improvement_occurrence o on o.agency_id = g.agency_id and o.id = g.occurrence_id
                        join improvement_measure m on m.agency_id = o.agency_id and m.id = o.measure_id
                        join improvement_row r on r.agency_id = m.agency_id and r.id = m.row_id
                        join improvement_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
                        where g.agency_id = :a and p.plan_year = :y
                            and ((g.written_at >= :from and g.written_at < :to)
                                -- Evidence is often written after the work: a measure done in the quarter brings its
                                -- notes with it, whenever they were written.
                                or (o.status = 'DONE' and o.done_on between :fromDay and :toDay))
                        order by g.written_at
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .param(
                        "from",
                        Timestamp.from(from.atStartOfDay(ThaiFormat.BANGKOK).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(ThaiFormat.BANGKOK).toInstant()))
                .param("fromDay", java.sql.Date.valueOf(from))
                .param("toDay", java.sql.Date.valueOf(to))
                .query((rs, n) -> new QuarterlyReport.Evidence(
                        rs.getTimestamp("written_at").toInstant(),
                        rs.getString("written_by"),
                        rs.getString("measure"),
                        rs.getString("note"),
                        rs.getString("evidence_name"),
                        rs.getString("evidence_link")))
                .list();
        var ack = jdbc.sql(
                        """
                        select acknowledged_by, acknowledged_at from improvement_report_ack
                        where agency_id = :a and plan_year = :y and quarter = :q
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .param("q", quarter)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()})
                .optional();
        return new QuarterlyReport(
                planYear,
                quarter,
                from,
                to,
                asOf,
                lines(due, asOf, o -> OfficialWords.of("improvement.report.pdf.indicator-of", o.tool(), o.indicator())),
                lines(due, asOf, Occurrence::unit),
                done,
                late,
                evidence,
                ack.map(a -> (String) a[0]).orElse(null),
                ack.map(a -> (java.time.Instant) a[1]).orElse(null));
    }

    private static List<QuarterlyReport.Line> lines(
            List<Occurrence> due, LocalDate asOf, Function<Occurrence, String> key) {
        var groups = new LinkedHashMap<String, List<Occurrence>>();
        due.stream().sorted(Comparator.comparing(key)).forEach(o -> groups.computeIfAbsent(
                        key.apply(o), k -> new ArrayList<>())
                .add(o));
        var lines = new ArrayList<QuarterlyReport.Line>();
        groups.forEach((label, list) -> lines.add(new QuarterlyReport.Line(
                label,
                list.size(),
                (int) list.stream()
                        .filter(o -> o.status() == Occurrence.Status.DONE)
                        .count(),
                (int) list.stream().filter(o -> o.lateOn(asOf)).count())));
        return lines;
    }

    /**
     * The executive's "seen": name and time kept, once per quarter, with the report as it was then stored
     * unchanged; it is published as the evidence that the measures are being carried out.
     */
    @Transactional
    public void acknowledge(AgencyId agency, int planYear, int quarter, String executive, LocalDate today)
            throws IOException {
        var report = report(agency, planYear, quarter, today);
        if (report.acknowledged()) {
            return;
        }
        var seen = new QuarterlyReport(
                report.planYear(),
                report.quarter(),
                report.from(),
                report.to(),
                report.asOf(),
                report.byIndicator(),
                report.byUnit(),
                report.done(),
                report.late(),
                report.evidence(),
                executive,
                clock.instant());
        var sha = files.put(pdf(agency, seen));
        int added = jdbc.sql(
                        """
                        insert into improvement_report_ack (agency_id, plan_year, quarter, acknowledged_by, pdf_sha256)
                        values (:a, :y, :q, :by, :sha) on conflict do nothing
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .param("q", quarter)
                .param("by", executive)
                .param("sha", sha)
                .update();
        if (added > 0) {
            audit.record(
                    agency,
                    "acknowledge",
                    "improvement_report",
                    planYear + " Q" + quarter,
                    null,
                    Map.of("by", executive));
            events.publishEvent(new QuarterlyReportAcknowledged(agency, planYear, quarter));
        }
    }

    /** Quarters of a plan year whose report an executive has acknowledged, with the stored PDF's hash. */
    @Transactional(readOnly = true)
    public Map<Integer, String> acknowledgedReports(AgencyId agency, int planYear) {
        var out = new java.util.TreeMap<Integer, String>();
        jdbc.sql(
                        """
                        select quarter, pdf_sha256 from improvement_report_ack
                        where agency_id = :a and plan_year = :y and pdf_sha256 is not null
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query(rs -> {
                    out.put(rs.getInt("quarter"), rs.getString("pdf_sha256"));
                });
        return out;
    }

    public java.util.Optional<java.io.InputStream> acknowledgedPdf(AgencyId agency, int planYear, int quarter)
            throws IOException {
        var sha = acknowledgedReports(agency, planYear).get(quarter);
        return sha == null ? java.util.Optional.empty() : files.open(sha);
    }

    public byte[] pdf(AgencyId agency, QuarterlyReport report) throws IOException {
        var name = agencies.get(agency).nameTh();
        return rendered.get(List.of(agency, name, report), () -> QuarterlyReportPdf.render(name, report));
    }
}
