package org.prongsai.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.search.SearchIndex;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /robots.txt} and {@code /sitemap.xml} for search engines: every public page and every year's OIT items up
 * to this one, at the agency's configured public address (never the request's Host header).
 */
@Controller
class SitemapController {

    private final FrameworkCatalog frameworks;
    private final SearchIndex search;
    private final SiteAddress siteAddress;

    private final Clock clock;

    SitemapController(Clock clock, FrameworkCatalog frameworks, SiteAddress siteAddress, SearchIndex search) {
        this.clock = clock;
        this.search = search;
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
        paths.add("/complaints");
        paths.add("/complaints/guideline");
        paths.add("/complaints/statistics");
        paths.add("/opendata/catalog.jsonld");
        // Every year's items up to this fiscal year: earlier years stay public evidence.
        var year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        frameworks.years().stream()
                .filter(y -> y <= year)
                .forEach(y -> frameworks.find(y).ifPresent(f -> {
                    paths.add("/oit/" + y);
                    f.oitItems().forEach(item -> paths.add("/oit/" + y + "/" + item.id()));
                }));
        // Each page's lastmod is its newest dated document; a list page's (/news, /qa) its newest entry's, and the
        // home page's the newest of all. Pages the index knows besides (each news item) are listed too.
        var changed = search.lastChanged(CurrentAgency.get());
        changed.keySet().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (var p : paths) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + p)).append("</loc>");
            lastChanged(p, changed).ifPresent(at -> xml.append("<lastmod>")
                    .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            at.atZone(ThaiFormat.BANGKOK).truncatedTo(ChronoUnit.SECONDS)))
                    .append("</lastmod>"));
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static Optional<Instant> lastChanged(String path, Map<String, Instant> changed) {
        var prefix = path.equals("/") ? "/" : path + "/";
        return changed.entrySet().stream()
                .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue)
                .max(Comparator.naturalOrder());
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
