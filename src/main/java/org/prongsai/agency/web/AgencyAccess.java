package org.prongsai.agency.web;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The profile's public files are public; the profile itself is kept by administrators. */
@Component
class AgencyAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read("/about/*/document", "/people/*/photo", "/emblem"))
                .permitAll()
                .requestMatchers("/admin/agency", "/admin/agency/**")
                .hasAnyRole(ADMIN, OPERATOR);
    }
}
