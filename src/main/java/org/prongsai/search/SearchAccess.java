package org.prongsai.search;

import org.prongsai.shared.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone searches the public site; the agency's administrator rebuilds its index. */
@Component
class SearchAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read("/search"))
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/admin/search/rebuild")
                .hasRole(ADMIN);
    }
}
