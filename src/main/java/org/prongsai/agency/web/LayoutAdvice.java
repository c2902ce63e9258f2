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
    private final org.prongsai.shared.web.SiteAddress siteAddress;

    LayoutAdvice(AgencyManagement agencies, org.prongsai.shared.web.SiteAddress siteAddress) {
        this.agencies = agencies;
        this.siteAddress = siteAddress;
    }

    /** The site's own address, for links that must be absolute (sharing cards). */
    @ModelAttribute("siteBase")
    String siteBase() {
        return siteAddress.base();
    }

    @ModelAttribute("agency")
    Agency agency() {
        return CurrentAgency.find().flatMap(agencies::find).orElse(null);
    }
}
