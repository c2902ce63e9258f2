package org.prongsai.site;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.news.News;
import org.prongsai.shared.AgencyId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a public page says of itself when it is shared on LINE or Facebook: its own title and a line about it.
 * An OIT item page is that item, a news page that news item; the site's other pages are named in the bundle; any
 * other page is the agency's home. Read from the address alone, so that the page and its card always agree and
 * a card cannot be made to say what no page of the site says.
 */
@Component
class SharePages {

    /** A page's title and description, its public address and its card's address. */
    public record Shared(String title, String description, String url, String image, boolean article) {}

    private static final Pattern OIT_ITEM = Pattern.compile("/oit/(\\d{4})/(O\\d{1,2})");
    private static final Pattern OIT_YEAR = Pattern.compile("/oit/(\\d{4})");
    private static final Pattern NEWS_ITEM = Pattern.compile(
            "/news/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PAGES = Map.of(
            "/news", "news",
            "/qa", "qa",
            "/about", "about",
            "/contact", "contact",
            "/ita", "ita",
            "/announcements", "announcements",
            "/complaints", "complaints",
            "/complaints/statistics", "complaint-statistics",
            "/search", "search",
            "/oit", "oit");

    private final AgencyManagement agencies;
    private final FrameworkCatalog frameworks;
    private final News news;
    private final MessageSource messages;

    SharePages(AgencyManagement agencies, FrameworkCatalog frameworks, News news, MessageSource messages) {
        this.agencies = agencies;
        this.frameworks = frameworks;
        this.news = news;
        this.messages = messages;
    }

    /** The page at this path of the agency's site (without the agency's prefix in path mode). */
    Shared describe(AgencyId agency, String path, Locale locale, String siteBase) {
        var page = path.isEmpty() ? "/" : path;
        var lead = messages.getMessage("site.home.lead", null, locale);
        String title = null;
        String description = lead;
        boolean article = false;
        var item = OIT_ITEM.matcher(page);
        var year = OIT_YEAR.matcher(page);
        var newsItem = NEWS_ITEM.matcher(page);
        if (item.matches()) {
            int fiscalYear = Integer.parseInt(item.group(1));
            var found = frameworks.find(fiscalYear).flatMap(f -> f.oitItem(item.group(2)));
            if (found.isPresent()) {
                var name = found.get().nameKnown() ? found.get().name().in(locale) : "";
                title = (found.get().id() + " " + name).strip();
                description = messages.getMessage(
                        "site.share.oit-item",
                        new Object[] {fiscalYear, found.get().id()},
                        locale);
            }
        } else if (year.matches()) {
            title = messages.getMessage("site.share.oit-year", new Object[] {Integer.parseInt(year.group(1))}, locale);
        } else if (newsItem.matches()) {
            var found = news.find(agency, UUID.fromString(newsItem.group(1)));
            if (found.isPresent()) {
                title = found.get().title();
                description = shorten(found.get().body());
                article = true;
            }
        } else if (PAGES.containsKey(page)) {
            title = messages.getMessage("site.share." + PAGES.get(page), null, locale);
        }
        var known = title != null;
        if (!known) {
            title = agencies.get(agency).name(locale);
            page = "/";
        }
        var url = siteBase + (page.equals("/") ? "/" : page);
        var image = siteBase
                + (page.equals("/") ? "/card.png" : "/card" + page + ".png")
                + ("en".equals(locale.getLanguage()) ? "?in=en" : "");
        return new Shared(title, description, url, image, article);
    }

    private static String shorten(String text) {
        var plain = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return plain.length() <= 200 ? plain : plain.substring(0, 199).strip() + "…";
    }
}
