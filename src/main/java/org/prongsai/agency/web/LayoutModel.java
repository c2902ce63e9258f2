package org.prongsai.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.web.PageModel;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.ModelMap;

/** Every page's layout shows the agency's name, emblem and contacts. */
@Configuration(proxyBeanMethods = false)
class LayoutModel extends PageModel {

    private final AgencyManagement agencies;
    private final SiteAddress siteAddress;

    LayoutModel(AgencyManagement agencies, SiteAddress siteAddress) {
        this.agencies = agencies;
        this.siteAddress = siteAddress;
    }

    @Override
    protected void addTo(ModelMap model, HttpServletRequest request) {
        // The site's own address, for links that must be absolute (sharing cards).
        model.addAttribute("siteBase", siteAddress.base());
        CurrentAgency.find().flatMap(agencies::find).ifPresent(agency -> model.addAttribute("agency", agency));
        model.addAttribute("languageBase", languageBase(request));
    }

    /**
     * Where the language links lead: this page with its query, or, for a page answering a form (a refusal shown at the form's
     * address, which takes no GET), the page the form was on. Only a path of this site, never another site.
     */
    static String languageBase(HttpServletRequest request) {
        var context = request.getContextPath();
        var uri = request.getRequestURI();
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && uri.startsWith(context)) {
            // With what the page was asked (a search's words, a year), so that switching language keeps it; never
            // cached, since the page cache keeps no page asked with a query.
            var query = request.getQueryString() == null
                    ? ""
                    : java.util.Arrays.stream(request.getQueryString().split("&"))
                            .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                            .collect(java.util.stream.Collectors.joining("&"));
            return uri.substring(context.length()) + (query.isEmpty() ? "" : "?" + query);
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
