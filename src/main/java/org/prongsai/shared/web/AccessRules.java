package org.prongsai.shared.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A module's rules for its own addresses, stated beside its controllers: who may use which. The account module
 * places every module's rules in one security chain that denies by default: an address no rule names needs a
 * signed-in staff member, and {@code docs/permissions.md} lists who may use each handler, checked by
 * {@code PermissionsMatrixTests} so that a new endpoint must be placed in it.
 *
 * <p>Roles are named as the account module's {@code Role} names them; the groups below are the usual ones.
 */
public interface AccessRules {

    String OPERATOR = "OPERATOR";
    String ADMIN = "ADMIN";
    String ITA_OFFICER = "ITA_OFFICER";
    String EXECUTIVE = "EXECUTIVE";
    String UNIT_HEAD = "UNIT_HEAD";
    String STAFF = "STAFF";
    String INVESTIGATOR = "INVESTIGATOR";
    String CUSTODIAN = "CUSTODIAN";
    String ASSESSOR = "ASSESSOR";

    /** The agency's own employees: everyone but a platform operator alone and an outside assessor. */
    String[] EMPLOYEES = {ADMIN, ITA_OFFICER, EXECUTIVE, UNIT_HEAD, STAFF, INVESTIGATOR, CUSTODIAN};

    /** Those who keep the agency's public content: news, answers, OIT evidence. */
    String[] PUBLISHERS = {ADMIN, ITA_OFFICER, UNIT_HEAD, STAFF};

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    /**
     * Reading these addresses: GET and HEAD alike. A rule for GET alone would leave HEAD to the default, and
     * HEAD runs the same handler (it builds the whole PDF to say how long it is).
     */
    static RequestMatcher read(String... patterns) {
        var matchers = new java.util.ArrayList<RequestMatcher>();
        for (var pattern : patterns) {
            matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, pattern));
            matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.HEAD, pattern));
        }
        return new OrRequestMatcher(matchers);
    }
}
