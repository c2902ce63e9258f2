package org.prongsai.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.prongsai.shared.CurrentAgency;
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
    private final SignInThrottle throttle;

    SignInFloodFilter(FloodLimit limit, SignInThrottle throttle) {
        this.limit = limit;
        this.throttle = throttle;
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
        var username = request.getParameter("username");
        var agency = CurrentAgency.find();
        if (request.getServletPath().equals("/login")
                && username != null
                && agency.isPresent()
                && throttle.waitFor(request, agency.get(), username).isPresent()) {
            // Answered as a wrong password is, without even checking it: this address must wait for this name.
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
