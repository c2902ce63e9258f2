package org.prongsai.complaint;

import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/complaint-settings}: the administrator sets the agency's days to acknowledge a report. */
@Controller
class ComplaintSettingsController {

    private final ComplaintSettings settings;

    ComplaintSettingsController(ComplaintSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/complaint-settings")
    String show(Model model) {
        return page(model, settings.acknowledgeDays(CurrentAgency.get()));
    }

    /** The form with the days shown (what is saved, or what was typed) and the range it takes. */
    private String page(Model model, Object days) {
        model.addAttribute("days", days);
        model.addAttribute("defaultDays", settings.defaultDays());
        model.addAttribute("fewest", ComplaintSettings.FEWEST_DAYS);
        model.addAttribute("most", ComplaintSettings.MOST_DAYS);
        return "complaint/settings";
    }

    @PostMapping("/admin/complaint-settings")
    String save(@RequestParam(required = false) String acknowledgeDays, Model model, RedirectAttributes redirect) {
        Integer days = null;
        try {
            days = acknowledgeDays == null ? null : Integer.valueOf(acknowledgeDays.strip());
        } catch (NumberFormatException notANumber) {
            // Refused below as out of range, with what was typed kept.
        }
        try {
            settings.setAcknowledgeDays(CurrentAgency.get(), days);
            redirect.addFlashAttribute("saved", "complaint.settings.saved");
            return "redirect:/admin/complaint-settings";
        } catch (Refusal refusal) {
            model.addAttribute("failed", refusal.key());
            return page(model, acknowledgeDays);
        }
    }
}
