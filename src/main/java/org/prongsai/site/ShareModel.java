package org.prongsai.site;

import jakarta.servlet.http.HttpServletRequest;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.web.PageModel;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Each rendered page's sharing card: its own title, description, address and picture (the layout's og: tags). */
@Configuration(proxyBeanMethods = false)
class ShareModel extends PageModel {

    private final SharePages pages;
    private final SiteAddress siteAddress;

    ShareModel(SharePages pages, SiteAddress siteAddress) {
        this.pages = pages;
        this.siteAddress = siteAddress;
    }

    @Override
    protected void addTo(ModelMap model, HttpServletRequest request) {
        var agency = CurrentAgency.find();
        if (agency.isEmpty() || !"GET".equals(request.getMethod())) {
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute(
                "share",
                pages.describe(agency.get(), path, RequestContextUtils.getLocale(request), siteAddress.base()));
    }
}
