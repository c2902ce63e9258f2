package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every handler of the application for anonymous visitors and for each role, and compares who may use
 * it with the matrix in {@code docs/permissions.md}: a new endpoint fails this test until it is placed there,
 * and a rule that grants more (or less) than the matrix says fails it too. On a difference the matrix as the
 * rules now stand is written to {@code target/permissions-actual.md}.
 */
@ProngsaiTest
class PermissionsMatrixTests {

    static final List<String> WHO = List.of(
            "anonymous",
            "password only",
            "OPERATOR",
            "ADMIN",
            "ITA_OFFICER",
            "EXECUTIVE",
            "UNIT_HEAD",
            "STAFF",
            "INVESTIGATOR",
            "CUSTODIAN",
            "ASSESSOR");

    private static final Map<String, String> SAMPLES = Map.of(
            "year", "2568",
            "itemId", "O1",
            "quarter", "1",
            "version", "1",
            "index", "0",
            "page", "HISTORY",
            "name", "qa");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    SecurityFilterChain security;

    @Test
    void everyHandlerIsOpenToExactlyWhomTheMatrixSays() throws Exception {
        var manager = security.getFilters().stream()
                .filter(AuthorizationFilter.class::isInstance)
                .map(f -> ((AuthorizationFilter) f).getAuthorizationManager())
                .findFirst()
                .orElseThrow();
        var actual = new TreeMap<String, String>();
        var headMismatches = new java.util.ArrayList<String>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of(RequestMethod.GET)
                    : List.copyOf(info.getMethodsCondition().getMethods());
            for (var pattern : info.getPatternValues()) {
                for (var verb : methods) {
                    var row = new StringBuilder();
                    for (var who : WHO) {
                        var request = new MockHttpServletRequest(verb.name(), sample(pattern));
                        request.setServletPath(sample(pattern));
                        var decision = manager.authorize(() -> as(who), request);
                        if (verb == RequestMethod.GET) {
                            // HEAD runs the GET handler: it must be decided alike.
                            var head = new MockHttpServletRequest("HEAD", sample(pattern));
                            head.setServletPath(sample(pattern));
                            var headDecision = manager.authorize(() -> as(who), head);
                            headMismatches.add(
                                    granted(headDecision) == granted(decision)
                                            ? ""
                                            : "HEAD " + pattern + " for " + who);
                        }
                        row.append(" ").append(granted(decision) ? "✓" : "·").append(" |");
                    }
                    actual.put("`" + verb.name() + " " + pattern + "`", row.toString());
                }
            }
        });
        var expected = documented();
        if (!expected.equals(actual)) {
            var table = new StringBuilder();
            actual.forEach((handler, row) ->
                    table.append("| ").append(handler).append(" |").append(row).append('\n'));
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "permissions-actual.md"), table.toString());
        }
        var missing = new ArrayList<String>();
        actual.keySet().stream()
                .filter(k -> !expected.containsKey(k))
                .forEach(k -> missing.add("not in the matrix: " + k));
        expected.keySet().stream()
                .filter(k -> !actual.containsKey(k))
                .forEach(k -> missing.add("no such handler: " + k));
        actual.forEach((k, row) -> {
            if (expected.containsKey(k) && !expected.get(k).equals(row)) {
                missing.add(k + " is" + row + " but the matrix says" + expected.get(k));
            }
        });
        assertThat(missing)
                .as("docs/permissions.md against the rules (see target/permissions-actual.md)")
                .isEmpty();
    }

    private static boolean granted(org.springframework.security.authorization.AuthorizationResult decision) {
        return decision != null && decision.isGranted();
    }

    /** Anonymous; someone who gave a right password and owes a code; someone with one role. */
    private static Authentication as(String who) {
        return switch (who) {
            case "anonymous" ->
                new AnonymousAuthenticationToken(
                        "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
            case "password only" ->
                new UsernamePasswordAuthenticationToken(
                        "someone", null, List.of(new SimpleGrantedAuthority("SECOND_FACTOR_PENDING")));
            default ->
                new UsernamePasswordAuthenticationToken(
                        "someone", null, List.of(new SimpleGrantedAuthority("ROLE_" + who)));
        };
    }

    private static String sample(String pattern) {
        var out = pattern;
        var variable = Pattern.compile("\\{([a-zA-Z]+)}");
        var matcher = variable.matcher(pattern);
        while (matcher.find()) {
            out = out.replace(
                    matcher.group(),
                    SAMPLES.getOrDefault(matcher.group(1), UUID.randomUUID().toString()));
        }
        return out;
    }

    /** The matrix's rows: "| `GET /path` | ✓ | · | … |". */
    private static Map<String, String> documented() throws Exception {
        var rows = new LinkedHashMap<String, String>();
        for (var line : Files.readAllLines(Path.of("docs", "permissions.md"))) {
            if (line.matches("^\\| `(GET|POST|PUT|PATCH|DELETE) .*")) {
                int end = line.indexOf("` |") + 1;
                rows.put(
                        line.substring(2, end),
                        line.substring(end + 2).replaceAll("\\s+\\|", " |").replaceAll("\\|\\s+", "| "));
            }
        }
        return new TreeMap<>(rows);
    }
}
