package org.prongsai.disclosure;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The menus' links: the OIT of the current fiscal year, or of the latest year that has a framework. */
@Controller
class CurrentYearController {

    private final DisclosureManagement disclosure;

    CurrentYearController(DisclosureManagement disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping("/oit")
    String showPublicOit() {
        return "redirect:/oit/" + disclosure.currentYear();
    }

    @GetMapping("/admin/oit")
    String showStaffOit() {
        return "redirect:/admin/oit/" + disclosure.currentYear();
    }
}
