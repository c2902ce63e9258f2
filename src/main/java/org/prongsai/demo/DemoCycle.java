package org.prongsai.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.prongsai.account.AccountManagement;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.document.ThaiPdf;
import org.prongsai.framework.Framework;
import org.prongsai.improvement.AnnouncementSigning;
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.improvement.MeasureTracking;
import org.prongsai.improvement.Occurrence;
import org.prongsai.improvement.PlanDocument;
import org.prongsai.improvement.ProgressNotes;
import org.prongsai.improvement.QuarterlyReports;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One whole ITA cycle on the demo agency, so that a newcomer finds every screen filled: the NACC's 2566
 * results, the FY2567 improvement plan of the real announcement in shared/reference (its 16 rows, with this
 * agency's name), submitted by the ITA officer and signed by the mayor, every measure carried out in its
 * quarter with evidence, and each quarter's report acknowledged by the mayor. Each step goes through the same services as the screens,
 * as the person who would take it, so the audit trail, the OIT items O42 and O43 and the to-do lists are what
 * they would be. Made once: an agency that already has 2566 results or a 2567 plan is left as it is.
 */
@Component
@Order(11)
class DemoCycle implements ApplicationRunner {

    static final int ASSESSED_YEAR = 2566;
    static final int PLAN_YEAR = 2567;
    private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

    /** The questions the reference announcement answers, scored low enough to be weak points. */
    private static final Map<String, Double> WEAK = Map.ofEntries(
            Map.entry("IIT:i7", 60.0),
            Map.entry("IIT:i8", 65.0),
            Map.entry("IIT:i19", 70.0),
            Map.entry("IIT:i21", 72.0),
            Map.entry("IIT:i24", 74.0),
            Map.entry("EP:e10", 70.0),
            Map.entry("EP:e11", 75.0),
            Map.entry("EP:e14", 78.0),
            Map.entry("ES:e2", 70.0),
            Map.entry("ES:e6", 72.0),
            Map.entry("ES:e7", 73.0),
            Map.entry("ES:e10", 71.0),
            Map.entry("ES:e15", 76.0));

    private static final double GOOD = 92.0;

    private final AgencyManagement agencies;
    private final AccountManagement accounts;
    private final AssessmentManagement assessment;
    private final ImprovementManagement improvement;
    private final AnnouncementSigning signing;
    private final MeasureTracking tracking;
    private final ProgressNotes notes;
    private final QuarterlyReports reports;
    private final boolean enabled;

    private final Clock clock;

    DemoCycle(
            Clock clock,
            AgencyManagement agencies,
            AccountManagement accounts,
            AssessmentManagement assessment,
            ImprovementManagement improvement,
            AnnouncementSigning signing,
            MeasureTracking tracking,
            ProgressNotes notes,
            QuarterlyReports reports,
            DemoData demo,
            @Value("${prongsai.demo.cycle:true}") boolean cycle) {
        this.clock = clock;
        this.agencies = agencies;
        this.accounts = accounts;
        this.assessment = assessment;
        this.improvement = improvement;
        this.signing = signing;
        this.tracking = tracking;
        this.notes = notes;
        this.reports = reports;
        this.enabled = demo.enabled() && cycle;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        var agency = agencies.findIdBySlug(DemoData.DEMO_SLUG).orElse(null);
        if (agency == null
                || assessment.official(agency, ASSESSED_YEAR).isPresent()
                || improvement.plan(agency, PLAN_YEAR).isPresent()) {
            return;
        }
        var today = LocalDate.now(clock);
        as(
                agency,
                "ita",
                () -> assessment.importOfficial(
                        agency, ASSESSED_YEAR, "ita-2566.csv", results(assessment.framework(ASSESSED_YEAR)), true));
        as(agency, "ita", () -> {
            improvement.save(agency, plan(agency));
            return null;
        });
        var submission = as(agency, "ita", () -> signing.submit(agency, PLAN_YEAR));
        as(agency, "mayor", () -> {
            try {
                return signing.sign(agency, PLAN_YEAR, submission.id(), null, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        carryOutThePlan(agency, today);
        var mayor = accounts.accountByUsername(agency, "mayor").orElseThrow();
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            as(agency, "mayor", () -> {
                try {
                    reports.acknowledge(agency, PLAN_YEAR, q, mayor.displayName(), today);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
        log.info(
                "Demo agency: ITA {} results, the FY{} plan signed, carried out and reported every quarter",
                ASSESSED_YEAR,
                PLAN_YEAR);
    }

    /** A results file as the NACC would send it: every question of each channel and every OIT item. */
    static byte[] results(Framework framework) {
        var out = new StringBuilder("kind,id,channel,value,respondents\n");
        for (var question : framework.questions()) {
            var channels = question.tool().equals(Framework.IIT) ? List.of("IIT") : List.of("EP", "ES");
            for (var channel : channels) {
                out.append("question,%s,%s,%s,%d%n"
                        .formatted(
                                question.id(),
                                channel,
                                WEAK.getOrDefault(channel + ":" + question.id(), GOOD),
                                channel.equals("IIT") ? 25 : 30));
            }
        }
        for (var item : framework.oitItems()) {
            // O24 is the one item the reference announcement answers.
            out.append("oit,%s,,%s,%n".formatted(item.id(), item.id().equals("O24") ? "FAIL" : "PASS"));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The reference announcement's plan, as this agency's: its name in place of the reference's, its mayor as
     * signer, each measure given to the unit that would carry it out and due at the end of a quarter.
     */
    PlanDocument plan(AgencyId agency) {
        JsonNode reference;
        try (var in = getClass().getResourceAsStream("/demo/reference-announcement-2567.json")) {
            reference = JsonMapper.builder().build().readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var profile = agencies.get(agency);
        var year = FiscalYear.of(PLAN_YEAR);
        var rows = new ArrayList<PlanDocument.Row>();
        int count = 0;
        for (var row : reference.get("rows")) {
            var measures = new ArrayList<PlanDocument.Measure>();
            var oitItems = new ArrayList<String>();
            row.get("cited_oit_items").forEach(item -> oitItems.add(item.asString()));
            for (var text : row.get("measures_th")) {
                // Due at the end of the first, second, third or fourth quarter in turn.
                var due = year.start().plusMonths(3L * (count % 4 + 1)).minusDays(1);
                count++;
                measures.add(new PlanDocument.Measure(
                        ours(text.asString()),
                        unitFor(row.get("indicator").asString()),
                        null,
                        year.start(),
                        due,
                        PlanDocument.Recurrence.NONE,
                        null,
                        oitItems));
            }
            rows.add(new PlanDocument.Row(
                    row.get("tool").asString(),
                    row.get("indicator").asString(),
                    text(row, "indicator_label_th"),
                    text(row, "question_id"),
                    row.get("question_text_th").isNull()
                            ? ""
                            : ours(row.get("question_text_th").asString()),
                    ours(row.get("issue_th").asString()),
                    text(row, "measures_intro_th"),
                    measures));
        }
        var headings = new LinkedHashMap<String, String>();
        var attachment = new ArrayList<String>();
        reference.get("attachment").get("heading_lines_as_printed").forEach(l -> attachment.add(ours(l.asString())));
        headings.put("attachment", String.join("\n", attachment));
        headings.put("EIT-EP", "");
        reference.get("attachment").get("section_headings_as_printed").forEach(h -> {
            var text = h.get("text").asString();
            headings.put(text.contains("OIT") ? "OIT" : "EIT-ES", ours(text));
        });
        var body = new ArrayList<String>();
        reference.get("body").forEach(p -> body.add(ours(p.asString())));
        var meeting = reference.get("meeting");
        return new PlanDocument(
                PLAN_YEAR,
                ASSESSED_YEAR,
                ours(reference.get("heading_lines_as_printed").get(1).asString() + "\n"
                        + reference.get("heading_lines_as_printed").get(2).asString()),
                body,
                headings,
                LocalDate.parse(reference.get("announced_on").asString()),
                new PlanDocument.Signer(profile.chiefName(), profile.chiefTitle()),
                new PlanDocument.Meeting(
                        1,
                        ASSESSED_YEAR,
                        LocalDate.parse(meeting.get("date").asString()),
                        ours(meeting.get("place").asString()),
                        null,
                        null),
                rows);
    }

    /** The reference names its own agency; the demo's plan names the demo's. */
    private static String ours(String text) {
        return text.replace("ทุ่งต่อ", "บ้านโปร่งใส");
    }

    private static String text(JsonNode row, String field) {
        return row.get(field).isNull() ? null : ours(row.get(field).asString());
    }

    /** Budget and property go to the finance division, service quality to public works, the rest to the office. */
    private static String unitFor(String indicator) {
        return switch (indicator) {
            case "2", "4" -> "กองคลัง";
            case "6" -> "กองช่าง";
            default -> "สำนักปลัด";
        };
    }

    /**
     * Every measure done in the quarter it was due, on a day of that quarter, with a note and evidence: FY2567
     * ended long ago, and an agency that had left it undone would greet every newcomer with late measures.
     */
    private void carryOutThePlan(AgencyId agency, LocalDate today) {
        var occurrences = tracking.board(agency, null, today).stream()
                .filter(o -> o.planYear() == PLAN_YEAR)
                .toList();
        var evidence = evidencePdf();
        int n = 0;
        for (var occurrence : occurrences) {
            var doneOn = occurrence.dueOn().minusDays(5 + (n++ % 40));
            var actor = "กองคลัง".equals(occurrence.unit()) ? "finance" : "ita";
            as(agency, actor, () -> {
                try {
                    tracking.changeStatus(agency, occurrence.id(), Occurrence.Status.IN_PROGRESS, today);
                    notes.addProgress(
                            agency,
                            occurrence.id(),
                            "ดำเนินการแล้ว รายงานผลและภาพกิจกรรมตามเอกสารแนบ",
                            "รายงานผลการดำเนินงาน.pdf",
                            evidence,
                            null);
                    tracking.changeStatus(agency, occurrence.id(), Occurrence.Status.DONE, doneOn, today);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
    }

    /** A one-page report of the work done, as a unit would attach. */
    private static byte[] evidencePdf() {
        var out = new ByteArrayOutputStream();
        try (var pdf = ThaiPdf.a4(out)) {
            pdf.title("รายงานผลการดำเนินงานตามมาตรการ")
                    .paragraph("องค์การบริหารส่วนตำบลบ้านโปร่งใสได้ดำเนินการตามมาตรการในไตรมาสที่ ๑ "
                            + "ของปีงบประมาณ พ.ศ. ๒๕๖๗ แล้ว (เอกสารตัวอย่างของข้อมูลสาธิต)");
        }
        return out.toByteArray();
    }

    /** Does the work as this demo person, as if they had signed in. */
    private <T> T as(AgencyId agency, String username, Supplier<T> work) {
        var account = accounts.accountByUsername(agency, username).orElseThrow();
        var person = new Person(agency, account.id(), account.displayName());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, List.of()));
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private record Person(AgencyId agencyId, java.util.UUID userId, String displayName) implements StaffIdentity {}
}
