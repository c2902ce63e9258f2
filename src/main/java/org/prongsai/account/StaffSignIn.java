package org.prongsai.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.prongsai.shared.CurrentAgency;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * After the password: counts failures towards lock-out, and for people who need a second factor grants only
 * the right to enter a TOTP code. Full access follows in {@link SecondFactorController}.
 */
@Component
class StaffSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final SignInRecords records;
    private final SecurityContextRepository contexts;
    private final RequestCache requests = new HttpSessionRequestCache();
    private final SignInThrottle throttle;

    StaffSignIn(SignInRecords records, SecurityContextRepository contexts, SignInThrottle throttle) {
        this.records = records;
        this.contexts = contexts;
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        var staff = (StaffPrincipal) auth.getPrincipal();
        records.recordSuccessfulLogin(staff.agencyId(), staff.userId(), !staff.needsSecondFactor());
        throttle.succeeded(request, staff.agencyId(), staff.username());
        if (staff.needsSecondFactor()) {
            signIn(
                    request,
                    response,
                    new UsernamePasswordAuthenticationToken(staff.withoutPassword(), null, staff.pendingAuthorities()));
            var next = staff.totpEnabled() ? "/login/second-factor" : "/login/second-factor/setup";
            response.sendRedirect(request.getContextPath() + next);
            return;
        }
        completeSignIn(request, response, staff);
    }

    /** Grants the person's roles and sends them on to where they were going. */
    void completeSignIn(HttpServletRequest request, HttpServletResponse response, StaffPrincipal staff)
            throws IOException {
        var principal = staff.withoutPassword();
        request.changeSessionId();
        signIn(request, response, new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        if (principal.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        var saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/admin");
    }

    void signIn(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // Indexed by account id, so that a change to the account can find and end this session.
        request.getSession()
                .setAttribute(
                        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                        OpenSessions.indexName(((StaffPrincipal) auth.getPrincipal()).userId()));
    }

    /** Signing out is recorded in the audit trail, as signing in is. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal staff) {
            records.recordSignOut(staff.agencyId(), staff.userId());
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // One answer whatever went wrong (unknown name, wrong password, locked, disabled): the page must not tell
        // a stranger which usernames exist. The audit trail and the administrator see the difference.
        // The name as the password check saw it (trimmed): padding must not slip a guess past the count.
        var raw = request.getParameter("username");
        var username = raw == null ? null : raw.strip();
        if (username != null && !username.isEmpty() && username.length() <= 60) {
            CurrentAgency.find().ifPresent(agency -> {
                throttle.failed(request, agency, username);
                if (exception instanceof BadCredentialsException) {
                    records.recordFailedLogin(agency, username);
                }
            });
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
