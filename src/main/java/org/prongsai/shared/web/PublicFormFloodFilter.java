package org.prongsai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.prongsai.shared.StaffIdentity;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /** Signed in with every step done: someone who gave a password and still owes a code counts as anyone. */
    private static boolean signedInStaff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return StaffIdentity.current().isPresent()
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && !signedInStaff()) {
            var wait = limit.take(request, FloodLimit.Kind.PUBLIC_FORM);
            if (wait.isPresent()) {
                FloodLimit.refuse(request, response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
