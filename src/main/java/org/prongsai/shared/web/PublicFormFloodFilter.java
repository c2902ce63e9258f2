package org.prongsai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.prongsai.shared.StaffIdentity;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every form sent by someone not signed in counts towards its address's allowance. It runs inside the security
 * chain's scope (after it), so signed-in staff are known and never limited; the sign-in form itself is limited
 * by the security chain.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class PublicFormFloodFilter extends OncePerRequestFilter {

    private final FloodLimit limit;

    PublicFormFloodFilter(FloodLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && StaffIdentity.current().isEmpty()) {
            var wait = limit.take(request, FloodLimit.Kind.PUBLIC_FORM);
            if (wait.isPresent()) {
                FloodLimit.refuse(request, response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
