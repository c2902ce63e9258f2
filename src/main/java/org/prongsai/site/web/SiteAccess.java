package org.prongsai.site.web;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public site's frame is public; the back office's home page is for every signed-in staff member. */
@Component
class SiteAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AccessRules.read(
                        "/", "/about", "/contact", "/sitemap.xml", "/robots.txt", "/card.png", "/card/**"))
                .permitAll();
    }
}
