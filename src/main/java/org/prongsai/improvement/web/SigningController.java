package org.prongsai.improvement.web;

import java.io.IOException;
import java.util.UUID;
import org.prongsai.document.FileStore;
import org.prongsai.improvement.AnnouncementSigning;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer sends the announcement to be signed; the executive reads it, then signs it or returns it. */
@Controller
@RequestMapping("/admin/plans/{year}")
class SigningController {

    private final AnnouncementSigning signing;
    private final FileStore files;
    private final PlanController plans;

    SigningController(AnnouncementSigning signing, FileStore files, PlanController plans) {
        this.signing = signing;
        this.files = files;
        this.plans = plans;
    }

    @PostMapping("/submit")
    String submit(@PathVariable int year, Model model, RedirectAttributes redirect) {
        try {
            signing.submit(CurrentAgency.get(), year);
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            return plans.showPlan(year, model);
        }
        redirect.addFlashAttribute("saved", "improvement.signing.submitted");
        return "redirect:/admin/plans/" + year;
    }

    @GetMapping("/signing/{id}")
    String showSubmission(@PathVariable int year, @PathVariable UUID id, Model model) {
        var submission = signing.require(CurrentAgency.get(), year, id);
        model.addAttribute("year", year);
        model.addAttribute("submission", submission);
        return "improvement/signing";
    }

    /** Exactly the PDF the executive is asked to sign. */
    @GetMapping("/signing/{id}/announcement.pdf")
    ResponseEntity<byte[]> submittedPdf(@PathVariable int year, @PathVariable UUID id) throws IOException {
        var submission = signing.require(CurrentAgency.get(), year, id);
        try (var in = files.open(submission.pdfSha256()).orElseThrow()) {
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.inline()
                                    .filename("announcement-" + year + "-to-sign.pdf")
                                    .build()
                                    .toString())
                    .contentType(MediaType.APPLICATION_PDF)
                    .body(in.readAllBytes());
        }
    }

    @PostMapping("/signing/{id}/sign")
    String sign(
            @PathVariable int year,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String actingFor,
            @RequestParam(required = false) MultipartFile scan,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            var hasScan = scan != null && !scan.isEmpty();
            signing.sign(
                    CurrentAgency.get(),
                    year,
                    id,
                    actingFor,
                    hasScan ? scan.getOriginalFilename() : null,
                    hasScan ? scan.getBytes() : null);
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("actingFor", actingFor);
            return showSubmission(year, id, model);
        } catch (Refusal refused) {
            model.addAttribute("scanProblem", refused.key());
            model.addAttribute("scanProblemArg", refused.arguments().length > 0 ? refused.arguments()[0] : null);
            model.addAttribute("actingFor", actingFor);
            return showSubmission(year, id, model);
        }
        redirect.addFlashAttribute("saved", "improvement.signing.signed");
        return "redirect:/admin/plans/" + year;
    }

    @PostMapping("/signing/{id}/withdraw")
    String withdraw(@PathVariable int year, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            signing.withdraw(CurrentAgency.get(), year, id);
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            return plans.showPlan(year, model);
        }
        redirect.addFlashAttribute("saved", "improvement.signing.withdrawn");
        return "redirect:/admin/plans/" + year;
    }

    @PostMapping("/signing/{id}/return")
    String giveBack(
            @PathVariable int year,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        try {
            signing.giveBack(CurrentAgency.get(), year, id, comment);
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("comment", comment);
            return showSubmission(year, id, model);
        }
        redirect.addFlashAttribute("saved", "improvement.signing.given-back");
        return "redirect:/admin";
    }
}
