package org.prongsai.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.web.FloodLimit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side: the two channels, the report form, the receipt (shown once, never cached), and the status
 * page the receipt opens. Receipts are checked at most {@code FloodLimit.Kind.RECEIPT} times a minute per
 * address, whatever the answer.
 */
@Controller
class ComplaintController {

    private final Complaints complaints;
    private final FloodLimit flood;

    ComplaintController(Complaints complaints, FloodLimit flood) {
        this.complaints = complaints;
        this.flood = flood;
    }

    @GetMapping("/complaints")
    String channels() {
        return "complaint/index";
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
            HttpServletResponse response,
            Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("received", complaints.submit(CurrentAgency.get(), form));
                response.setHeader("Cache-Control", "no-store");
                return "complaint/receipt";
            } catch (Refusal refusal) {
                if (refusal.field() == null) {
                    result.reject(refusal.key(), refusal.getArguments(), refusal.key());
                } else {
                    result.rejectValue(refusal.field(), refusal.key(), refusal.getArguments(), refusal.key());
                }
            }
        }
        return "complaint/form";
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
        var wait = flood.take(request, FloodLimit.Kind.RECEIPT);
        if (wait.isPresent()) {
            FloodLimit.refuse(request, response, wait.get());
            return null;
        }
        response.setHeader("Cache-Control", "no-store");
        var found = complaints.forReporter(CurrentAgency.get(), receipt);
        if (found.isEmpty()) {
            model.addAttribute("failed", "complaint.receipt.unknown");
            return "complaint/status";
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("view", found.get());
        return "complaint/status";
    }

    @PostMapping("/complaints/status/reply")
    String reply(
            @RequestParam(defaultValue = "") String receipt,
            @RequestParam(defaultValue = "") String text,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws Exception {
        var wait = flood.take(request, FloodLimit.Kind.RECEIPT);
        if (wait.isPresent()) {
            FloodLimit.refuse(request, response, wait.get());
            return null;
        }
        response.setHeader("Cache-Control", "no-store");
        var agency = CurrentAgency.get();
        try {
            complaints.reply(agency, receipt, text);
            model.addAttribute("saved", "complaint.reply.sent");
        } catch (Refusal refusal) {
            model.addAttribute("failed", refusal.key());
            model.addAttribute("text", text);
        }
        var found = complaints.forReporter(agency, receipt);
        if (found.isPresent()) {
            model.addAttribute("receipt", receipt);
            model.addAttribute("view", found.get());
        }
        return "complaint/status";
    }
}
