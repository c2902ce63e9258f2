package org.prongsai.improvement.web;

import org.prongsai.shared.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Issued announcements and acknowledged reports are public. The plan is drafted by ITA officers and
 * administrators, who send its announcement to be signed, and read by executives and unit heads; executives
 * sign or return the announcement and acknowledge the quarterly reports; units record their measures' progress.
 */
@Component
class ImprovementAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read("/announcements", "/announcements/*/*", "/reports/*/*"))
                .permitAll()
                .requestMatchers(
                        HttpMethod.POST,
                        "/admin/plans/*/reports/*/acknowledge",
                        "/admin/plans/*/reports/*/instructions",
                        "/admin/plans/*/signing/*/sign",
                        "/admin/plans/*/signing/*/return")
                .hasRole(EXECUTIVE)
                .requestMatchers(HttpMethod.POST, "/admin/plans/**")
                .hasAnyRole(ITA_OFFICER, ADMIN)
                .requestMatchers(AccessRules.read("/admin/plans", "/admin/plans/**"))
                .hasAnyRole(ITA_OFFICER, ADMIN, EXECUTIVE, UNIT_HEAD)
                .requestMatchers(HttpMethod.POST, "/admin/measures/**")
                .hasAnyRole(PUBLISHERS)
                .requestMatchers(AccessRules.read("/admin/measures", "/admin/measures/**"))
                .hasAnyRole(ITA_OFFICER, ADMIN, EXECUTIVE, UNIT_HEAD, STAFF);
    }
}
