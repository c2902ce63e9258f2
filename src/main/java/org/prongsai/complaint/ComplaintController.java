package org.prongsai.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.shared.web.FloodLimit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public side: the two channels, the report form, the receipt (shown once, never cached), and the status
 * page the receipt opens. Receipts are checked at most {@code FloodLimit.Kind.RECEIPT} times a minute per
 * address, whatever the answer.
 */
@Controller
class ComplaintController {

    private final Complaints complaints;
    private final ComplaintStatistics statistics;
    private final FloodLimit flood;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final org.prongsai.agency.AgencyManagement agencies;
    private final org.prongsai.shared.web.SiteAddress siteAddress;

    ComplaintController(
            org.prongsai.agency.AgencyManagement agencies,
            org.prongsai.shared.web.SiteAddress siteAddress,
            Complaints complaints,
            ComplaintStatistics statistics,
            FloodLimit flood,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.complaints = complaints;
        this.statistics = statistics;
        this.flood = flood;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.agencies = agencies;
        this.siteAddress = siteAddress;
    }

    @GetMapping("/complaints")
    String channels() {
        return "complaint/index";
    }

    /** The year's numbers, with a chart of the reports received each month by channel. */
    @GetMapping("/complaints/statistics")
    String statistics(@RequestParam(required = false) Integer year, Locale locale, Model model) {
        int current = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        int first = Math.max(2566, current - 4);
        if (year != null && (year < first || year > current)) {
            // A year the page does not offer goes to this year's, with the address saying so.
            return "redirect:/complaints/statistics";
        }
        int shown = year == null ? current : year;
        var numbers = statistics.of(CurrentAgency.get(), shown);
        model.addAttribute("year", shown);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(first, current)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("stats", numbers);
        var labels = numbers.months().stream()
                .map(m -> ThaiFormat.screenMonth(m.first(), locale))
                .toList();
        model.addAttribute("monthLabels", labels);
        var chart = Map.of(
                "type",
                "bar",
                "stacked",
                true,
                "labels",
                labels,
                "series",
                List.of(
                        Map.of(
                                "label",
                                messages.getMessage("complaint.channel.GENERAL", null, locale),
                                "data",
                                numbers.months().stream()
                                        .map(ComplaintStatistics.Month::general)
                                        .toList(),
                                "colour",
                                "#1d4e89"),
                        Map.of(
                                "label",
                                messages.getMessage("complaint.channel.CORRUPTION", null, locale),
                                "data",
                                numbers.months().stream()
                                        .map(ComplaintStatistics.Month::corruption)
                                        .toList(),
                                "colour",
                                "#b3261e")));
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "complaint/statistics";
    }

    /** The handling guideline (O27's meaning), written from the steps the system enforces and its deadline. */
    @GetMapping("/complaints/guideline")
    String guideline(Model model) {
        model.addAttribute("steps", List.of(CaseStatus.values()));
        model.addAttribute("acknowledgeDays", complaints.acknowledgeDays(CurrentAgency.get()));
        return "complaint/guideline";
    }

    /** The A4 sign with the channel's QR code, for the agency's service counters. */
    @GetMapping("/complaints/poster.pdf")
    org.springframework.http.ResponseEntity<byte[]> poster(HttpServletRequest request) throws java.io.IOException {
        var agency = agencies.get(CurrentAgency.get());
        var pdf = ComplaintPoster.render(agency.nameTh(), siteAddress.base(request) + "/complaints");
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"complaints-poster.pdf\"")
                .body(pdf);
    }

    @GetMapping("/complaints/new")
    String form(@RequestParam(defaultValue = "GENERAL") Channel channel, Model model) {
        model.addAttribute("form", ReportForm.empty(channel));
        return "complaint/form";
    }

    @PostMapping("/complaints")
    String submit(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            HttpServletResponse response,
            Model model)
            throws java.io.IOException {
        if (form == null || form.channel() == null || result.getTarget() == null) {
            // A hand-made post (a channel that does not exist, a choice neither yes nor no, a field left out that
            // the form always sends, so that the form could not be made): start again.
            return "redirect:/complaints";
        }
        // Every problem at once: the form's own checks beside bean validation's, not one per sending.
        for (var problem : form.identityProblems()) {
            result.rejectValue(problem.field(), problem.key(), problem.key());
        }
        if (!result.hasErrors()) {
            try {
                model.addAttribute("received", complaints.submit(CurrentAgency.get(), form, uploads(files)));
                response.setHeader("Cache-Control", "no-store");
                return "complaint/receipt";
            } catch (Refusal refusal) {
                if (refusal.field() == null || refusal.field().equals("files")) {
                    result.reject(refusal.key(), refusal.getArguments(), refusal.key());
                } else {
                    result.rejectValue(refusal.field(), refusal.key(), refusal.getArguments(), refusal.key());
                }
            }
        }
        return "complaint/form";
    }

    private static List<Attachments.Upload> uploads(List<org.springframework.web.multipart.MultipartFile> files)
            throws java.io.IOException {
        var uploads = new java.util.ArrayList<Attachments.Upload>();
        for (var file : files == null ? List.<org.springframework.web.multipart.MultipartFile>of() : files) {
            uploads.add(new Attachments.Upload(file.getOriginalFilename(), file.getBytes()));
        }
        return uploads;
    }

    /**
     * A receipt is answered in the same time whether it opens a case or not: the hash alone takes about as
     * long either way, but opening a case (its key, its steps, its messages) would add a little to a right one.
     */
    static final java.time.Duration ANSWER_TIME = java.time.Duration.ofSeconds(1);

    static <T> T answerIn(java.time.Duration time, java.util.function.Supplier<T> work) {
        long until = System.nanoTime() + time.toNanos();
        try {
            return work.get();
        } finally {
            long left = until - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Counts one receipt check from the address; answers 429 (and says so) past ten a minute. */
    private boolean tooManyReceipts(HttpServletRequest request, HttpServletResponse response) throws Exception {
        var wait = flood.take(request, FloodLimit.Kind.RECEIPT);
        if (wait.isPresent()) {
            FloodLimit.refuse(request, response, wait.get());
            return true;
        }
        return false;
    }

    @GetMapping("/complaints/status")
    String statusForm() {
        return "complaint/status";
    }

    @PostMapping("/complaints/status")
    String status(
            @RequestParam(defaultValue = "") String receipt,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws Exception {
        if (tooManyReceipts(request, response)) {
            return null;
        }
        response.setHeader("Cache-Control", "no-store");
        var found = answerIn(ANSWER_TIME, () -> complaints.forReporter(CurrentAgency.get(), receipt));
        if (found.isEmpty()) {
            model.addAttribute("failed", "complaint.receipt.unknown");
            model.addAttribute("typed", receipt);
            return "complaint/status";
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("view", found.get());
        return "complaint/status";
    }

    /** The address a reply's answer is shown at, opened again (a language switch, a bookmark): the receipt form. */
    @GetMapping("/complaints/status/reply")
    String replyAgain() {
        return "redirect:/complaints/status";
    }

    @PostMapping("/complaints/status/reply")
    String reply(
            @RequestParam(defaultValue = "") String receipt,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws Exception {
        if (tooManyReceipts(request, response)) {
            return null;
        }
        response.setHeader("Cache-Control", "no-store");
        var uploads = uploads(files);
        var replied = answerIn(ANSWER_TIME, () -> complaints.reply(CurrentAgency.get(), receipt, text, uploads));
        if (replied.isEmpty()) {
            model.addAttribute("failed", "complaint.receipt.unknown");
            model.addAttribute("typed", receipt);
            return "complaint/status";
        }
        if (replied.get().refused() == null) {
            model.addAttribute("saved", "complaint.reply.sent");
        } else {
            var refused = replied.get().refused();
            model.addAttribute("failed", refused.key());
            if (refused.getArguments() != null && refused.getArguments().length > 0) {
                model.addAttribute("failedArg", refused.getArguments()[0]);
            }
            model.addAttribute("text", text);
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("view", replied.get().view());
        return "complaint/status";
    }
}
