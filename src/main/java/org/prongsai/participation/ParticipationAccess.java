package org.prongsai.participation;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone asks and reads the answers; unanswered questions (which may name people) are read and answered only by
 * those who keep the public content.
 */
@Component
class ParticipationAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/qa")
                .permitAll()
                .requestMatchers("/admin/qa", "/admin/qa/**")
                .hasAnyRole(PUBLISHERS);
    }
}
