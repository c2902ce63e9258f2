package org.prongsai.disclosure;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The OIT portal and open data are public; those who keep the public content publish the evidence. */
@Component
class DisclosureAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read("/oit/**", "/opendata/**"))
                .permitAll()
                .requestMatchers("/admin/oit/**")
                .hasAnyRole(PUBLISHERS);
    }
}
