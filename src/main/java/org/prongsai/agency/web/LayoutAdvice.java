package org.prongsai.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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

    /**
     * Where the language links lead: this page, or, for a page answering a form (a refusal shown at the form's
     * address, which takes no GET), the page the form was on. Only a path of this site, never another site.
     */
    @ModelAttribute("languageBase")
    String languageBase(HttpServletRequest request) {
        var context = request.getContextPath();
        var uri = request.getRequestURI();
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && uri.startsWith(context)) {
            return uri.substring(context.length());
        }
        try {
            var referer = URI.create(String.valueOf(request.getHeader("Referer")));
            var path = referer.getRawPath();
            if (request.getServerName().equalsIgnoreCase(referer.getHost())
                    && path != null
                    && path.startsWith(context + "/")
                    // "//host/…" is another site's address, not a path of this one.
                    && !path.substring(context.length()).startsWith("//")) {
                return path.substring(context.length());
            }
        } catch (IllegalArgumentException e) {
            // An unreadable Referer: the home page will do.
        }
        return "/";
    }
}
