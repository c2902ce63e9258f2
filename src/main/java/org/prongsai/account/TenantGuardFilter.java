package org.prongsai.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.StaffIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** A session signed in at one agency is worth nothing at another: such a request goes on as anonymous. */
@Component
class TenantGuardFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var staff = StaffIdentity.current();
        if (staff.isPresent()
                && !CurrentAgency.find().map(staff.get().agencyId()::equals).orElse(false)) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new AnonymousAuthenticationToken(
                    "tenant-guard", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
