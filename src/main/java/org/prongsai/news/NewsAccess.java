package org.prongsai.news;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** News is public; those who keep the public content write it. */
@Component
class NewsAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read("/news", "/news/*"))
                .permitAll()
                .requestMatchers("/admin/news", "/admin/news/**")
                .hasAnyRole(PUBLISHERS);
    }
}
