package org.prongsai.account;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.prongsai.shared.web.AccessRules;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere: every asset is served by the application itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_ASSETS = {
        "/css/**", "/js/**", "/fonts/**", "/img/**", "/webjars/**", "/favicon.ico"
    };

    private static final String[] STAFF =
            Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    @Bean
    SecurityFilterChain security(
            HttpSecurity http,
            StaffSignIn signIn,
            BearerTokenFilter bearerTokens,
            TenantGuardFilter tenantGuard,
            ExpiredFormHandler expiredForms,
            SignInFloodFilter signInFlood,
            SecurityContextRepository contexts,
            java.util.List<AccessRules> modules)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login/second-factor", "/login/second-factor/**")
                            .hasAuthority(SecondFactor.PENDING)
                            // What every page needs, and the pages that explain a refusal.
                            .requestMatchers(AccessRules.read(PUBLIC_ASSETS))
                            .permitAll()
                            .requestMatchers(
                                    "/error",
                                    ExpiredFormHandler.PATH,
                                    "/too-many-requests",
                                    "/year-without-framework",
                                    "/upload-too-large",
                                    "/login")
                            .permitAll()
                            .requestMatchers(AccessRules.read(
                                    "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**"))
                            .permitAll()
                            // Health for load balancers; metrics for the scraper (restrict it at the proxy if need be).
                            .requestMatchers(
                                    AccessRules.read("/swagger-ui.html", "/actuator/health/**", "/actuator/prometheus"))
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole(Role.OPERATOR.name());
                    // Each module's own rules, in a fixed order.
                    modules.stream()
                            .sorted(java.util.Comparator.comparing(
                                    r -> r.getClass().getName()))
                            .forEach(rules -> rules.configure(auth));
                    // Deny by default: whatever no rule names needs a signed-in staff member.
                    auth.anyRequest().hasAnyRole(STAFF);
                })
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signIn)
                        .failureHandler(signIn)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(signIn)
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .csrf(csrf -> csrf
                        // The token lives in a cookie, not in the session: a citizen reading public pages never
                        // makes the application create (and store in PostgreSQL) a session. htmx sends it as a
                        // header read from a meta tag; plain attribute handling keeps that token valid.
                        .csrfTokenRepository(new CookieCsrfTokenRepository())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // A program calling the API with a token sends no cookie to forge; anywhere else a
                        // token is refused, so it never lets a form skip its CSRF token.
                        .ignoringRequestMatchers(
                                r -> BearerTokenFilter.isApiRequest(r) && BearerTokenFilter.hasBearerToken(r))
                        .ignoringRequestMatchers("/api/v1/scoring")
                        .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                            @Override
                            public <O extends CsrfFilter> O postProcess(O filter) {
                                filter.setAccessDeniedHandler(expiredForms);
                                return filter;
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                        .frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                bearerTokens::commence, BearerTokenFilter::isApiRequest)
                        // A citizen on an address no public page has (a dead link) is told "not found", not sent to
                        // the staff sign-in; only the back office's addresses lead there.
                        .defaultAuthenticationEntryPointFor(
                                (request, response, denied) -> response.sendError(HttpServletResponse.SC_NOT_FOUND),
                                request -> !isStaffPath(request)))
                // Only a back-office page is remembered to return to after signing in: remembering any address
                // made a stored session for every anonymous request to one, a cheap way to fill the table.
                .requestCache(cache -> cache.requestCache(staffPagesOnly()))
                .addFilterBefore(signInFlood, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(tenantGuard, AuthorizationFilter.class);
        return http.build();
    }

    private static final java.util.regex.Pattern STAFF_PATH =
            java.util.regex.Pattern.compile("(^|/)(admin|account|login|logout|operator|actuator)(/.*)?$");

    /** The back office's addresses (in path mode after the agency's prefix), where signing in is the way on. */
    static boolean isStaffPath(HttpServletRequest request) {
        return STAFF_PATH
                .matcher(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                .find();
    }

    private static org.springframework.security.web.savedrequest.RequestCache staffPagesOnly() {
        var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && isStaffPath(request));
        return cache;
    }

    // The two filters belong to the security chain only, not to the servlet container's own chain.
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(BearerTokenFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignInFloodFilter> signInFloodFilterRegistration(SignInFloodFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TenantGuardFilter> tenantGuardFilterRegistration(TenantGuardFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    AuthenticationManager authenticationManager(StaffDetailsService users, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setUserDetailsPasswordService(users);
        return new ProviderManager(provider);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id at OWASP's minimum: 19 MiB of memory, 2 passes, 1 lane (Spring's default has 16 MiB and
        // 2 passes); older hashes are upgraded at their owner's next sign-in.
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /**
     * Boot's HTTP observation already times every request; Spring Security's own observation of each filter of
     * the chain cost a sixth of the CPU of a citizen's form post, measured with bench/write-load.sh.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecretGenerator totpSecretGenerator() {
        return new DefaultSecretGenerator(32);
    }
}
