package org.prongsai.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A form whose CSRF token is missing or wrong is most often one left open past the session's end: say so,
 * and how to go on, rather than a bare "forbidden".
 */
@Component
class ExpiredFormHandler implements AccessDeniedHandler {

    static final String PATH = "/form-expired";
    static final String BACK = "formExpiredBack";
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !BearerTokenFilter.isApiRequest(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.setAttribute(BACK, back(request));
            request.getRequestDispatcher(PATH).forward(request, response);
            return;
        }
        otherwise.handle(request, response, denied);
    }

    /**
     * Where the page's button leads: staff back to the back office; a citizen back to the page the form was on
     * (its path on this site, from the Referer), or else (an empty path) the site's home; never to the back
     * office's sign-in.
     */
    static String back(HttpServletRequest request) {
        if (request.getRequestURI().matches(".*/(admin|login)(/.*)?")) {
            return null;
        }
        try {
            var from = URI.create(request.getHeader("Referer"));
            if (request.getServerName().equalsIgnoreCase(from.getHost())
                    && from.getRawPath() != null
                    && from.getRawPath().startsWith("/")) {
                return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            }
        } catch (RuntimeException unreadable) {
            // No Referer, or not an address: the home page.
        }
        return "";
    }
}
