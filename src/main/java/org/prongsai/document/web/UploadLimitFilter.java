package org.prongsai.document.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form sent with a file far above the upload limit is answered with a page that says so, before anything
 * tries to read it: otherwise the container's bare "413" in English is all a person sees. (Pages with file
 * fields refuse such a file in the browser already, so that nothing typed is lost.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String PATH = "/upload-too-large";
    static final String FORM_ADDRESS = "prongsaiUploadForm";

    private final long maxRequestBytes;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > maxRequestBytes) {
            request.setAttribute(FORM_ADDRESS, request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            request.getRequestDispatcher(PATH).forward(new UnreadRequest(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The same request as a plain GET whose body nobody reads. */
    private static final class UnreadRequest extends HttpServletRequestWrapper {
        UnreadRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
