package org.prongsai.account;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import java.util.Arrays;
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
            SecurityContextRepository contexts)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/login/second-factor/**")
                        .hasAuthority(SecondFactor.PENDING)
                        .requestMatchers("/operator/**")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers("/admin/ita/*/import/**", "/admin/ita/*/import", "/admin/ita/*/entry")
                        .hasAnyRole(Role.ITA_OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/measures/**")
                        .hasAnyRole(
                                Role.ITA_OFFICER.name(), Role.ADMIN.name(), Role.UNIT_HEAD.name(), Role.STAFF.name())
                        .requestMatchers(
                                org.springframework.http.HttpMethod.POST, "/admin/plans/*/reports/*/acknowledge")
                        .hasRole(Role.EXECUTIVE.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/plans/**")
                        .hasAnyRole(Role.ITA_OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/oit/**")
                        .hasAnyRole(
                                Role.ITA_OFFICER.name(), Role.ADMIN.name(), Role.UNIT_HEAD.name(), Role.STAFF.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/news/**", "/admin/news")
                        .hasAnyRole(
                                Role.ITA_OFFICER.name(), Role.ADMIN.name(), Role.UNIT_HEAD.name(), Role.STAFF.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/qa/**")
                        .hasAnyRole(
                                Role.ITA_OFFICER.name(), Role.ADMIN.name(), Role.UNIT_HEAD.name(), Role.STAFF.name())
                        // The NACC's framework is shared by every agency: only the platform's operators correct it.
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/frameworks/**")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers("/admin/audit/**", "/admin/agency/**", "/admin/accounts/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.OPERATOR.name())
                        // Public knowledge and a stateless calculator: no login, no data touched.
                        .requestMatchers("/api/v1/frameworks/**", "/api/v1/frameworks", "/api/v1/scoring")
                        .permitAll()
                        .requestMatchers("/admin/**", "/account/**", "/api/**")
                        .hasAnyRole(STAFF)
                        .requestMatchers(ExpiredFormHandler.PATH)
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.OPERATOR.name())
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signIn)
                        .failureHandler(signIn)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
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
                .exceptionHandling(e ->
                        e.defaultAuthenticationEntryPointFor(bearerTokens::commence, BearerTokenFilter::isApiRequest))
                .addFilterBefore(signInFlood, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(tenantGuard, AuthorizationFilter.class);
        return http.build();
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
        return new ProviderManager(provider);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id with OWASP's recommended memory and time costs.
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
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

    @Bean
    CodeVerifier totpCodeVerifier() {
        var verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
        verifier.setAllowedTimePeriodDiscrepancy(1);
        return verifier;
    }
}
