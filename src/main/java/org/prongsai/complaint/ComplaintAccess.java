package org.prongsai.complaint;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone reports and follows their own case with its receipt; only the agency's investigators read and handle
 * cases, and only custodians decide who may see a reporter's identity. Administrators do neither: reports are
 * sometimes about staff.
 */
@Component
class ComplaintAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/complaints",
                        "/complaints/new",
                        "/complaints/guideline",
                        "/complaints/poster.pdf",
                        "/complaints/statistics",
                        "/complaints/status",
                        "/complaints/status/reply")
                .permitAll()
                .requestMatchers("/admin/complaints", "/admin/complaints/**")
                .hasRole(INVESTIGATOR)
                .requestMatchers("/admin/complaint-identities", "/admin/complaint-identities/**")
                .hasRole(CUSTODIAN)
                // The agency's own deadline, part of its guideline: set by its administrator.
                .requestMatchers("/admin/complaint-settings")
                .hasRole(ADMIN);
    }
}
