package org.prongsai.assessment;

import org.prongsai.shared.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The score calculator is public and stateless; results are read by the agency's employees and entered only by
 * its ITA officers and administrators.
 */
@Component
class AssessmentAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/scoring")
                .permitAll()
                .requestMatchers(AccessRules.read("/ita"))
                .permitAll()
                .requestMatchers(AccessRules.read("/api/v1/assessments/*"))
                .hasAnyRole(EMPLOYEES)
                .requestMatchers(
                        "/admin/ita/*/import",
                        "/admin/ita/*/import/**",
                        "/admin/ita/*/entry",
                        "/admin/ita/*/template.csv",
                        "/admin/ita/*/template.xlsx")
                .hasAnyRole(ITA_OFFICER, ADMIN)
                .requestMatchers(AccessRules.read("/admin/ita", "/admin/ita/*", "/admin/ita/*/results.xlsx"))
                .hasAnyRole(EMPLOYEES);
    }
}
