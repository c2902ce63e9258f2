package org.prongsai.agency.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.TenancySettings;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.CurrentAgency;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides which agency a request belongs to, before sessions and security see it. In path mode the
 * {@code /a/<slug>} prefix becomes the request's context path, so every link the pages build keeps it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantFilter extends OncePerRequestFilter {

    static final String PATH_PREFIX = "/a/";
    private static final Pattern SLUG_PATH = Pattern.compile("^/a/([a-z0-9][a-z0-9-]*)(/.*)?$");
    private static final Pattern SHARED_PATHS =
            Pattern.compile("^/(css|js|fonts|img|webjars|actuator|favicon\\.ico|error)(/.*)?$");

    private final AgencyManagement agencies;
    private final TenancySettings settings;

    TenantFilter(AgencyManagement agencies, TenancySettings settings) {
        this.agencies = agencies;
        this.settings = settings;
    }

    private volatile AgencyId single;

    private Optional<AgencyId> singleAgency() {
        if (single == null) {
            agencies.first().ifPresent(id -> single = id);
        }
        return Optional.ofNullable(single);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest routed = request;
        Optional<AgencyId> agency;
        switch (settings.mode()) {
            case HOST -> agency = agencies.findIdByHost(request.getServerName());
            case PATH -> {
                var path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                var matcher = SLUG_PATH.matcher(path);
                if (matcher.matches()) {
                    agency = agencies.findIdBySlug(matcher.group(1));
                    if (agency.isPresent() && matcher.group(2) == null) {
                        response.sendRedirect(request.getRequestURI() + "/");
                        return;
                    }
                    routed = new PrefixedRequest(request, request.getContextPath() + PATH_PREFIX + matcher.group(1));
                } else if (path.equals("/") || path.isEmpty()) {
                    var first = agencies.first().map(id -> agencies.get(id).slug());
                    if (first.isPresent()) {
                        response.sendRedirect(request.getContextPath() + PATH_PREFIX + first.get() + "/");
                        return;
                    }
                    agency = Optional.empty();
                } else {
                    agency = Optional.empty();
                }
            }
            default -> agency = singleAgency();
        }
        if (agency.isEmpty()) {
            var path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (SHARED_PATHS.matcher(path).matches()
                    || request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
                chain.doFilter(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        var target = routed;
        try {
            CurrentAgency.runAs(agency.get(), () -> {
                try {
                    chain.doFilter(target, response);
                } catch (IOException | ServletException e) {
                    throw new WrappedException(e);
                }
            });
        } catch (WrappedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    private static final class WrappedException extends RuntimeException {
        WrappedException(Exception cause) {
            super(cause);
        }
    }

    /** The request as the application sees it under a path prefix. */
    private static final class PrefixedRequest extends HttpServletRequestWrapper {
        private final String contextPath;

        PrefixedRequest(HttpServletRequest request, String contextPath) {
            super(request);
            this.contextPath = contextPath;
        }

        @Override
        public String getContextPath() {
            return contextPath;
        }

        /**
         * A forward inside the application (the expired-form page, the flood page) stays under the agency's
         * prefix, so that the forwarded request's address still starts with its context path.
         */
        @Override
        public jakarta.servlet.RequestDispatcher getRequestDispatcher(String path) {
            if (path.startsWith("/")) {
                var prefix = contextPath.substring(super.getContextPath().length());
                return super.getRequestDispatcher(prefix + path);
            }
            return super.getRequestDispatcher(path);
        }

        @Override
        public String getServletPath() {
            var rest = getRequestURI().substring(contextPath.length());
            return rest.isEmpty() ? "/" : rest;
        }
    }
}
