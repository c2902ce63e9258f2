package org.prongsai.agency.web;

import org.prongsai.agency.Agency;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows the agency's name, emblem and contacts. */
@ControllerAdvice
class LayoutAdvice {

    private final AgencyManagement agencies;

    LayoutAdvice(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    /** The site's own address, for links that must be absolute (sharing cards). */
    @ModelAttribute("siteBase")
    String siteBase() {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .build()
                .toUriString();
    }

    @ModelAttribute("agency")
    Agency agency() {
        return CurrentAgency.find().flatMap(agencies::find).orElse(null);
    }
}
