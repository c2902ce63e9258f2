package org.prongsai.improvement;

import java.io.IOException;
import java.time.LocalDate;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.StaffIdentity;
import org.prongsai.shared.ThaiFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quarterly report to the executives: read it, print it, acknowledge it. */
@Controller
@RequestMapping("/admin/plans/{year}/reports")
class ReportController {

    private final QuarterlyReports reports;

    ReportController(QuarterlyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{quarter}")
    String showReport(@PathVariable int year, @PathVariable int quarter, Model model) {
        model.addAttribute("report", reports.report(CurrentAgency.get(), year, quarter, today()));
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

    @PostMapping("/{quarter}/acknowledge")
    String acknowledge(@PathVariable int year, @PathVariable int quarter, RedirectAttributes redirect)
            throws IOException {
        var me = StaffIdentity.current().orElseThrow();
        reports.acknowledge(CurrentAgency.get(), year, quarter, me.displayName(), today());
        redirect.addFlashAttribute("saved", "improvement.report.acknowledged");
        return "redirect:/admin/plans/" + year + "/reports/" + quarter;
    }

    private static LocalDate today() {
        return LocalDate.now(ThaiFormat.BANGKOK);
    }
}
