package org.prongsai.account;

import org.prongsai.shared.web.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Operators open agencies; administrators keep the agency's accounts; everyone keeps their own. */
@Component
class AccountAccess implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/operator/**")
                .hasRole(OPERATOR)
                .requestMatchers("/admin/accounts", "/admin/accounts/**")
                .hasAnyRole(ADMIN, OPERATOR);
    }
}
