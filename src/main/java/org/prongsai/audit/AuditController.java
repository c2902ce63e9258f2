package org.prongsai.audit;

import jakarta.validation.Valid;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** Administrators browse and filter the trail; nothing here can change it. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String listEvents(@Valid @ModelAttribute("query") AuditQuery query, BindingResult result, Model model) {
        var agency = CurrentAgency.get();
        model.addAttribute("entityTypes", trail.entityTypes(agency));
        // A filter that could not be read (a date typed wrong) is shown with its message, and the list unfiltered.
        var effective = result.hasErrors() || query == null ? AuditQuery.firstPage() : query;
        model.addAttribute("filter", effective);
        model.addAttribute("page", trail.search(agency, effective));
        model.addAttribute("chain", trail.verify(agency));
        return "audit/events";
    }
}
