package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Redocly's OpenAPI linter from npm, with its recommended rules, on the API's description. CI reaches Maven
 * Central and Debian only, so it runs where the linter is installed ({@code npm install -g @redocly/cli}) and is
 * skipped elsewhere; {@link OpenApiDescriptionTests} checks the rules that matter to a client everywhere.
 */
@ProngsaiTest
class RedoclyLintTests {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionPassesRedoclysRecommendedRules() throws Exception {
        var redocly = java.util.Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "redocly"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(redocly.isPresent(), "Redocly CLI is not installed here (npm install -g @redocly/cli)");
        var json = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .header("Accept", "application/json")
                        .GET()
                        .build())
                .body();
        var file = Path.of("target", "api-docs.json");
        Files.writeString(file, json);
        var lint = new ProcessBuilder(redocly.get().toString(), "lint", "--format=stylish", file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        var output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.exitValue()).as(output).isZero();
        // A finding is a line "1:952  error  rule-name  …"; the banner about Node.js's own support is not one.
        assertThat(output.lines().filter(l -> l.matches("\\s*\\d+:\\d+\\s+(error|warning)\\s.*")))
                .as(output)
                .isEmpty();
        assertThat(output).contains("Your API description is valid");
    }
}
