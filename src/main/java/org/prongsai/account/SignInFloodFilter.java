package org.prongsai.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.prongsai.shared.web.FloodLimit;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Passwords and codes sent from one address are limited per minute, whichever accounts they name: guessing
 * across many accounts is slowed as well as guessing one.
 */
@Component
class SignInFloodFilter extends OncePerRequestFilter {

    private final FloodLimit limit;

    SignInFloodFilter(FloodLimit limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getServletPath();
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.startsWith("/login/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = limit.take(request, FloodLimit.Kind.SIGN_IN);
        if (wait.isPresent()) {
            FloodLimit.refuse(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
