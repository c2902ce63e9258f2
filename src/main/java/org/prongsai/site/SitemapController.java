package org.prongsai.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /robots.txt} and {@code /sitemap.xml} for search engines: every public page and every year's OIT items up
 * to this one, at the agency's configured public address (never the request's Host header).
 */
@Controller
class SitemapController {

    private final FrameworkCatalog frameworks;
    private final SiteAddress siteAddress;

    private final Clock clock;

    SitemapController(Clock clock, FrameworkCatalog frameworks, SiteAddress siteAddress) {
        this.clock = clock;
        this.frameworks = frameworks;
        this.siteAddress = siteAddress;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var base = siteAddress.base();
        var paths = new ArrayList<String>();
        paths.add("/");
        paths.add("/about");
        paths.add("/contact");
        paths.add("/announcements");
        paths.add("/news");
        paths.add("/qa");
        paths.add("/ita");
        // Every year's items up to this fiscal year: earlier years stay public evidence.
        var year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        frameworks.years().stream()
                .filter(y -> y <= year)
                .forEach(y -> frameworks.find(y).ifPresent(f -> {
                    paths.add("/oit/" + y);
                    f.oitItems().forEach(item -> paths.add("/oit/" + y + "/" + item.id()));
                }));
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.forEach(p -> xml.append("  <url><loc>").append(base).append(p).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    /** What crawlers may read: the public site, not the back office or the sign-in, and where the sitemap is. */
    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /account
                Sitemap: %s/sitemap.xml
                """
                .formatted(siteAddress.base());
    }
}
