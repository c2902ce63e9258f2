package org.prongsai.complaint;

import java.util.UUID;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The custodian's side: requests to open who reported, their decisions, and every look they allowed. */
@Controller
class IdentityRequestController {

    private final IdentityRequests identities;

    IdentityRequestController(IdentityRequests identities) {
        this.identities = identities;
    }

    @GetMapping("/admin/complaint-identities")
    String requests(Model model) {
        model.addAttribute("requests", identities.requests(CurrentAgency.get()));
        return "complaint/identity-requests";
    }

    @PostMapping("/admin/complaint-identities/{id}")
    String decide(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String decision, RedirectAttributes redirect) {
        try {
            identities.decide(CurrentAgency.get(), id, "approve".equals(decision));
            redirect.addFlashAttribute(
                    "saved", "approve".equals(decision) ? "complaint.identity.approved" : "complaint.identity.denied");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failed", refusal.key());
        }
        return "redirect:/admin/complaint-identities";
    }
}
