package org.prongsai.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.document.DocumentManagement;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /card.png} and {@code /card/<page>.png}: the sharing picture of a public page, drawn from what the page
 * says of itself ({@link SharePages}), in Thai unless {@code ?lang=en}.
 */
@Controller
class ShareCardController {

    private final SharePages pages;
    private final AgencyManagement agencies;
    private final DocumentManagement documents;
    private final SiteAddress siteAddress;
    private final Cache<String, byte[]> drawn = Caffeine.newBuilder()
            // About 40 KB a card: at most 32 MB of them.
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String key, byte[] png) -> png.length)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    ShareCardController(
            SharePages pages, AgencyManagement agencies, DocumentManagement documents, SiteAddress siteAddress) {
        this.pages = pages;
        this.agencies = agencies;
        this.documents = documents;
        this.siteAddress = siteAddress;
    }

    /**
     * The card in Thai, or in English with {@code ?in=en}: the language is in the address, never in a cookie, so
     * that a shared cache keeps one picture per address.
     */
    @GetMapping({"/card.png", "/card/**"})
    ResponseEntity<byte[]> card(HttpServletRequest request, @RequestParam(name = "in", required = false) String in)
            throws IOException {
        var locale = "en".equals(in) ? Locale.ENGLISH : ThaiFormat.THAI;
        var uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.endsWith(".png")) {
            return ResponseEntity.notFound().build();
        }
        var page = uri.equals("/card.png") ? "/" : uri.substring("/card".length(), uri.length() - ".png".length());
        var agencyId = CurrentAgency.get();
        var agency = agencies.get(agencyId);
        var base = siteAddress.base();
        var shared = pages.describe(agencyId, page, locale, base);
        var site = siteName(agency);
        // Drawn once for what it shows: a crawler or a flood asking again costs a lookup, not a drawing. Nothing in
        // it comes from the request (a forged Host header would otherwise choose the text and a drawing each time).
        var key = String.join(
                "\u0000",
                agencyId.value().toString(),
                agency.name(locale),
                String.valueOf(agency.emblemSha256()),
                shared.title(),
                shared.description(),
                site);
        var png = drawn.get(key, k -> render(agency, shared, site, locale));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(png);
    }

    /** The site's name on the card: the configured public host, else the agency's own web site, else none. */
    private String siteName(org.prongsai.agency.Agency agency) {
        var address = siteAddress.configured()
                ? siteAddress.base()
                : agency.website() == null || agency.website().isBlank()
                        ? null
                        : agency.website().strip();
        if (address == null) {
            return "";
        }
        try {
            var host = URI.create(address.contains("://") ? address : "https://" + address)
                    .getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }

    private byte[] render(org.prongsai.agency.Agency agency, SharePages.Shared shared, String site, Locale locale) {
        try {
            return ShareCard.render(agency.name(locale), shared.title(), shared.description(), site, emblem(agency));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The agency's emblem when it is a picture Java can read (not an SVG), else the placeholder. */
    private BufferedImage emblem(org.prongsai.agency.Agency agency) throws IOException {
        if (agency.emblemSha256() != null) {
            var file = documents.findBySha(agency.agencyId(), agency.emblemSha256());
            if (file.isPresent()) {
                var content = documents.open(file.get());
                if (content.isPresent()) {
                    try (var in = content.get()) {
                        var image = ImageIO.read(in);
                        if (image != null) {
                            return image;
                        }
                    }
                }
            }
        }
        try (var in = getClass().getClassLoader().getResourceAsStream("static/img/emblem-placeholder.png")) {
            return in == null ? null : ImageIO.read(in);
        }
    }
}
