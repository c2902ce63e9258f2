package org.prongsai.framework;

import org.prongsai.shared.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Frameworks are public knowledge; employees read them in the back office; only operators correct them. */
@Component
class FrameworkAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read("/api/v1/frameworks", "/api/v1/frameworks/*"))
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/admin/frameworks/**")
                .hasRole(OPERATOR)
                .requestMatchers(AccessRules.read("/admin/frameworks", "/admin/frameworks/**"))
                .hasAnyRole(EMPLOYEES_AND_OPERATORS);
    }

    private static final String[] EMPLOYEES_AND_OPERATORS = {
        OPERATOR, ADMIN, ITA_OFFICER, EXECUTIVE, UNIT_HEAD, STAFF, INVESTIGATOR, CUSTODIAN
    };
}
