package org.prongsai.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.AgencyPages;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ItaStatus;
import org.prongsai.shared.ToDo;
import org.prongsai.shared.web.AccessRules;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    private final AgencyManagement agencies;
    private final AgencyPages pages;
    private final List<ToDo.Source> toDoSources;
    private final List<ItaStatus.Source> statusSources;

    private final Clock clock;

    SiteController(
            Clock clock,
            AgencyManagement agencies,
            AgencyPages pages,
            List<ToDo.Source> toDoSources,
            List<ItaStatus.Source> statusSources) {
        this.clock = clock;
        this.statusSources = statusSources;
        this.agencies = agencies;
        this.pages = pages;
        this.toDoSources = toDoSources;
    }

    @GetMapping("/")
    String showHome() {
        return "site/home";
    }

    @GetMapping("/about")
    String showAbout(Model model, java.util.Locale locale) {
        var agency = CurrentAgency.get();
        var units = agencies.units(agency);
        var people = pages.people(agency);
        model.addAttribute("units", units);
        model.addAttribute("people", people);
        model.addAttribute("pages", pages.aboutPages(agency));
        model.addAttribute("chart", OrgChart.of(agencies.get(agency), people, units, locale));
        return "site/about";
    }

    @GetMapping("/contact")
    String showContact() {
        return "site/contact";
    }

    /** Each person's to-do, from every module that offers one, most urgent first. */
    @GetMapping("/admin")
    String showBackOffice(Model model, Authentication signedIn) {
        var agency = CurrentAgency.get();
        var roles = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        var today = LocalDate.now(clock);
        model.addAttribute(
                "toDo",
                toDoSources.stream()
                        .flatMap(source -> source.toDo(agency, roles, today).stream())
                        .sorted(Comparator.comparing(ToDo::tone))
                        .toList());
        model.addAttribute("units", agencies.units(agency));
        // Where the agency stands in this year's ITA cycle, for those who may read the ITA pages.
        if (roles.stream().anyMatch(java.util.Set.of(AccessRules.EMPLOYEES)::contains)) {
            model.addAttribute("fiscalYear", FiscalYear.containing(today).buddhistYear());
            model.addAttribute(
                    "itaStatus",
                    statusSources.stream()
                            .flatMap(source -> source.status(agency, today).stream())
                            .sorted(Comparator.comparingInt(ItaStatus::order))
                            .toList());
        }
        return "site/back-office";
    }
}
