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
import org.prongsai.shared.web.SiteAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping({"/card.png", "/card/**"})
    ResponseEntity<byte[]> card(HttpServletRequest request, Locale locale) throws IOException {
        var uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.endsWith(".png")) {
            return ResponseEntity.notFound().build();
        }
        var page = uri.equals("/card.png") ? "/" : uri.substring("/card".length(), uri.length() - ".png".length());
        var agencyId = CurrentAgency.get();
        var agency = agencies.get(agencyId);
        var base = siteAddress.base();
        var shared = pages.describe(agencyId, page, locale, base);
        var host = URI.create(base).getHost();
        // Drawn once for what it shows: a crawler or a flood asking again costs a lookup, not a drawing.
        var key = String.join(
                "\u0000",
                agencyId.value().toString(),
                agency.name(locale),
                String.valueOf(agency.emblemSha256()),
                shared.title(),
                shared.description(),
                base);
        var png = drawn.get(key, k -> render(agency, shared, host == null ? base : host, locale));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(png);
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
