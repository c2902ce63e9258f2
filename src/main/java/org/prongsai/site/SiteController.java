package org.prongsai.site;

import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    private final AgencyManagement agencies;

    SiteController(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/")
    String showHome() {
        return "site/home";
    }

    @GetMapping("/about")
    String showAbout(Model model, java.util.Locale locale) {
        var agency = CurrentAgency.get();
        var units = agencies.units(agency);
        var people = agencies.people(agency);
        model.addAttribute("units", units);
        model.addAttribute("people", people);
        model.addAttribute("pages", agencies.aboutPages(agency));
        model.addAttribute("chart", OrgChart.of(agencies.get(agency), people, units, locale));
        return "site/about";
    }

    @GetMapping("/contact")
    String showContact() {
        return "site/contact";
    }

    @GetMapping("/admin")
    String showBackOffice(Model model) {
        model.addAttribute("units", agencies.units(CurrentAgency.get()));
        return "site/back-office";
    }
}
