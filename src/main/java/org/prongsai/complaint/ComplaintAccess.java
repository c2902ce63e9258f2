package org.prongsai.complaint;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone reports and follows their own case with its receipt; only the agency's investigators read and handle
 * cases. Administrators do not: handling reports, some about staff, is the investigators' alone.
 */
@Component
class ComplaintAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/complaints",
                        "/complaints/new",
                        "/complaints/statistics",
                        "/complaints/status",
                        "/complaints/status/reply")
                .permitAll()
                .requestMatchers("/admin/complaints", "/admin/complaints/**")
                .hasRole(INVESTIGATOR);
    }
}
