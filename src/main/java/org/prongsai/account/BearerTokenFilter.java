package org.prongsai.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.prongsai.shared.CurrentAgency;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer pst_…} for the JSON API; the token acts as its owner, for this request only. */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private final SignInRecords records;
    private final MessageSource messages;

    BearerTokenFilter(SignInRecords records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        // A token is for programs calling the API, never a way into the back office's pages and forms.
        if (!isApiRequest(request)) {
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "account.token.api-only");
            return;
        }
        var token =
                request.getHeader("Authorization").substring(BEARER.length()).strip();
        var holder = CurrentAgency.find().flatMap(agency -> records.authenticateToken(agency, token));
        if (holder.isEmpty()) {
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "account.token.invalid");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !holder.get().scopes().contains(TokenScope.WRITE)) {
            writeError(response, HttpServletResponse.SC_FORBIDDEN, "account.token.read-only");
            return;
        }
        var principal = holder.get().principal();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The API's answer to a request with no valid credentials: a problem in both languages, not a login page. */
    void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "account.api.unauthenticated");
    }

    private void writeError(HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        // A problem (RFC 9457), as every other refusal of the API: why in Thai, and in English as its title.
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var th = messages.getMessage(key, null, Locale.forLanguageTag("th"));
        var en = messages.getMessage(key, null, Locale.ENGLISH);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + jsonEscape(en) + "\",\"status\":" + status
                        + ",\"detail\":\"" + jsonEscape(th) + "\",\"key\":\"" + key + "\"}");
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
