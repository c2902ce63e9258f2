package org.prongsai.improvement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.Unit;
import org.prongsai.improvement.Instructions;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.improvement.QuarterlyReport;
import org.prongsai.improvement.QuarterlyReports;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.StaffIdentity;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quarterly report to the executives: read it, print it, acknowledge it. */
@Controller
@RequestMapping("/admin/plans/{year}/reports")
class ReportController {

    private final QuarterlyReports reports;
    private final Instructions instructions;
    private final AgencyManagement agencies;

    private final Clock clock;

    ReportController(Clock clock, QuarterlyReports reports, Instructions instructions, AgencyManagement agencies) {
        this.clock = clock;
        this.reports = reports;
        this.instructions = instructions;
        this.agencies = agencies;
    }

    @GetMapping("/{quarter}")
    String showReport(@PathVariable int year, @PathVariable int quarter, Model model) {
        var agency = CurrentAgency.get();
        var report = reports.report(agency, year, quarter, today());
        model.addAttribute("report", report);
        model.addAttribute("instructions", instructions.onQuarter(agency, year, quarter));
        model.addAttribute("units", agencies.units(agency));
        if (!model.containsAttribute("chosenUnits")) {
            // The units with measures due this quarter, as the executive most often means them.
            var withWork = report.byUnit().stream()
                    .filter(l -> l.due() > 0)
                    .map(QuarterlyReport.Line::label)
                    .collect(Collectors.toSet());
            model.addAttribute(
                    "chosenUnits",
                    agencies.units(agency).stream()
                            .filter(u -> withWork.contains(u.nameTh()))
                            .map(Unit::id)
                            .toList());
        }
        return "improvement/report";
    }

    @GetMapping("/{quarter}.pdf")
    ResponseEntity<byte[]> downloadReport(@PathVariable int year, @PathVariable int quarter) throws IOException {
        var agency = CurrentAgency.get();
        // An acknowledged quarter is the report the executive saw, as stored then (the public site's copy);
        // one not yet acknowledged is made as things stand.
        var acknowledged = reports.acknowledgedPdf(agency, year, quarter);
        byte[] pdf;
        if (acknowledged.isPresent()) {
            try (var in = acknowledged.get()) {
                pdf = in.readAllBytes();
            }
        } else {
            pdf = reports.pdf(agency, reports.report(agency, year, quarter, today()));
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("report-" + year + "-q" + quarter + ".pdf")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    /**
     * The executive's "seen", with instructions to units if any are written: an instruction that is refused
     * (no unit chosen) acknowledges nothing, and what was typed stays.
     */
    @PostMapping("/{quarter}/acknowledge")
    String acknowledge(
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestParam(defaultValue = "") String instruction,
            @RequestParam(required = false) List<UUID> instructionUnits,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var agency = CurrentAgency.get();
        if (!instruction.isBlank()) {
            try {
                instructions.give(agency, year, quarter, instruction, units(instructionUnits));
            } catch (PlanRefused refused) {
                return refusedInstruction(year, quarter, instruction, instructionUnits, refused, model);
            }
        }
        var me = StaffIdentity.current().orElseThrow();
        reports.acknowledge(agency, year, quarter, me.displayName(), today());
        redirect.addFlashAttribute(
                "saved", instruction.isBlank() ? "improvement.report.acknowledged" : "improvement.instruction.given");
        return "redirect:/admin/plans/" + year + "/reports/" + quarter;
    }

    /** Further instructions on a quarter, before or after it is acknowledged. */
    @PostMapping("/{quarter}/instructions")
    String instruct(
            @PathVariable int year,
            @PathVariable int quarter,
            @RequestParam(defaultValue = "") String instruction,
            @RequestParam(required = false) List<UUID> instructionUnits,
            Model model,
            RedirectAttributes redirect) {
        try {
            instructions.give(CurrentAgency.get(), year, quarter, instruction, units(instructionUnits));
        } catch (PlanRefused refused) {
            return refusedInstruction(year, quarter, instruction, instructionUnits, refused, model);
        }
        redirect.addFlashAttribute("saved", "improvement.instruction.given");
        return "redirect:/admin/plans/" + year + "/reports/" + quarter + "#instructions";
    }

    private String refusedInstruction(
            int year, int quarter, String typed, List<UUID> chosen, PlanRefused refused, Model model) {
        model.addAttribute("problems", refused.problems());
        model.addAttribute("typedInstruction", typed);
        model.addAttribute("chosenUnits", units(chosen));
        return showReport(year, quarter, model);
    }

    private static List<UUID> units(List<UUID> chosen) {
        return chosen == null ? List.of() : chosen;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
