package org.prongsai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The agency site's own address, for links that must be absolute (sitemap, sharing cards, the ITAS URL list,
 * open data). With {@code prongsai.public-url} set it is built from that, never from the request's Host
 * header, which anyone can forge: the public address plus the agency's path in path mode, or the agency's own
 * host name (already matched to a known agency) in host mode. Without it, the request's address is used, as on
 * a laptop or a test machine.
 */
@Component
public class SiteAddress {

    private final String publicUrl;
    private final boolean hostMode;

    SiteAddress(
            @Value("${prongsai.public-url:}") String publicUrl,
            @Value("${prongsai.tenancy.mode:single}") String tenancyMode) {
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        this.hostMode = tenancyMode.toLowerCase(Locale.ROOT).equals("host");
        if (this.publicUrl.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(SiteAddress.class)
                    .warn("PRONGSAI_PUBLIC_URL is not set: absolute links (sitemap, sharing cards, open data) follow"
                            + " each request's Host header, which anyone can forge; set it on a public server");
        }
    }

    /** No trailing slash: {@code https://www.example.go.th} or {@code https://prongsai.example/a/north}. */
    public String base(HttpServletRequest request) {
        if (publicUrl.isEmpty()) {
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        }
        if (hostMode) {
            var scheme = publicUrl.substring(0, publicUrl.indexOf("://") + 3);
            return scheme + request.getServerName().toLowerCase(Locale.ROOT) + request.getContextPath();
        }
        return publicUrl + request.getContextPath();
    }

    /** Whether the public address is configured, rather than read from each request's Host header. */
    public boolean configured() {
        return !publicUrl.isEmpty();
    }

    /** The same for the request being served. */
    public String base() {
        return base(((org.springframework.web.context.request.ServletRequestAttributes)
                        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes())
                .getRequest());
    }
}
