package org.prongsai.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !BearerTokenFilter.isApiRequest(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(PATH).forward(request, response);
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
