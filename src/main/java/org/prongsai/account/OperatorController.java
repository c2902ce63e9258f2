package org.prongsai.account;

import jakarta.validation.Valid;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.TenancySettings;
import org.prongsai.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators of a shared deployment open agencies; each agency's administrator takes it from there. */
@Controller
@RequestMapping("/operator/agencies")
class OperatorController {

    private final AccountManagement accounts;
    private final AgencyManagement agencies;
    private final TenancySettings tenancy;

    OperatorController(AccountManagement accounts, AgencyManagement agencies, TenancySettings tenancy) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.tenancy = tenancy;
    }

    @ModelAttribute("kinds")
    AgencyKind[] kinds() {
        return AgencyKind.values();
    }

    @ModelAttribute("tenancyMode")
    String tenancyMode() {
        return tenancy.mode().name();
    }

    @GetMapping
    String listAgencies(Model model) {
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("form", OpenAgencyForm.empty());
        return "account/agencies";
    }

    @PostMapping
    String submitNewAgency(
            @Valid @ModelAttribute("form") OpenAgencyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.openAgency(form);
                redirect.addFlashAttribute("saved", "agency.created");
                return "redirect:/operator/agencies";
            } catch (Refusal e) {
                // The agency's address fields keep their names; the first administrator's are admin… here.
                var field =
                        switch (String.valueOf(e.field())) {
                            case "slug", "host" -> e.field();
                            case "password" -> "adminPassword";
                            default -> "adminUsername";
                        };
                result.rejectValue(field, e.key());
            }
        }
        model.addAttribute("agencies", agencies.all());
        return "account/agencies";
    }
}
