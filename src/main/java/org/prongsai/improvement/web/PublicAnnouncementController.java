package org.prongsai.improvement.web;

import java.io.IOException;
import org.prongsai.improvement.Announcements;
import org.prongsai.improvement.QuarterlyReports;
import org.prongsai.shared.CurrentAgency;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Issued announcements on the agency's public site, each as issued, with its SHA-256 to check it by. */
@Controller
class PublicAnnouncementController {

    private final Announcements announcements;
    private final QuarterlyReports reports;

    PublicAnnouncementController(Announcements announcements, QuarterlyReports reports) {
        this.announcements = announcements;
        this.reports = reports;
    }

    /** A quarterly report as the executive acknowledged it: public evidence that the measures are carried out. */
    @GetMapping("/reports/{year}/{quarter}.pdf")
    ResponseEntity<InputStreamResource> downloadReport(@PathVariable int year, @PathVariable int quarter)
            throws IOException {
        return reports.acknowledgedPdf(CurrentAgency.get(), year, quarter)
                .map(in -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename("report-" + year + "-q" + quarter + ".pdf")
                                        .build()
                                        .toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(new InputStreamResource(in)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/announcements")
    String listAnnouncements(Model model) {
        model.addAttribute("announcements", announcements.allAnnouncements(CurrentAgency.get()));
        return "improvement/public-announcements";
    }

    @GetMapping({"/announcements/{year}/{version}.docx", "/admin/plans/{year}/announcements/{version}.docx"})
    ResponseEntity<InputStreamResource> downloadAnnouncementDocx(@PathVariable int year, @PathVariable int version)
            throws IOException {
        return announcements
                .announcementDocx(CurrentAgency.get(), year, version)
                .map(in -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("announcement-" + year + "-v" + version + ".docx")
                                        .build()
                                        .toString())
                        .contentType(MediaType.parseMediaType(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                        .body(new InputStreamResource(in)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping({"/announcements/{year}/{version}.pdf", "/admin/plans/{year}/announcements/{version}.pdf"})
    ResponseEntity<InputStreamResource> downloadAnnouncement(@PathVariable int year, @PathVariable int version)
            throws IOException {
        return announcements
                .announcementPdf(CurrentAgency.get(), year, version)
                .map(in -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename("announcement-" + year + "-v" + version + ".pdf")
                                        .build()
                                        .toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(new InputStreamResource(in)))
                .orElse(ResponseEntity.notFound().build());
    }
}
