package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.ApiTokens;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's description, read as a client generator reads it (swagger-parser, strictly), and held to the rules
 * of Redocly's recommended set that matter to a client: a summary and an id per operation, a 4xx answer, the
 * bearer scheme on what needs a token, no "any" media type. Then the API itself answers every error as the
 * description says: a problem (RFC 9457).
 */
@ProngsaiTest
class OpenApiDescriptionTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void theDescriptionIsValidAndSaysHowEachOperationAuthenticatesAndFails() {
        var json = get("/v3/api-docs", null).body();
        var options = new ParseOptions();
        options.setResolve(true);
        var read = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(read.getMessages()).as("the parser's complaints").isEmpty();
        OpenAPI api = read.getOpenAPI();
        assertThat(api.getInfo().getTitle()).isEqualTo("Prongsai API");
        assertThat(api.getInfo().getLicense().getName()).isEqualTo("Apache-2.0");
        assertThat(api.getServers()).isNotEmpty();
        assertThat(api.getComponents().getSecuritySchemes()).containsKey(ApiDescription.BEARER);
        assertThat(api.getPaths()).containsKeys("/api/v1/me", "/api/v1/assessments/{year}", "/api/v1/scoring");
        assertThat(api.getPaths().keySet()).allMatch(p -> p.startsWith("/api/"));

        var problems = new ArrayList<String>();
        var ids = new HashSet<String>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var at = method + " " + path;
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                problems.add(at + ": no summary");
            }
            if (operation.getOperationId() == null || !ids.add(operation.getOperationId())) {
                problems.add(at + ": no operationId of its own");
            }
            if (operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                problems.add(at + ": no 4xx answer");
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                    problems.add(at + " " + status + ": */*");
                }
                if (status.matches("[45]..") && !response.getContent().containsKey("application/problem+json")) {
                    problems.add(at + " " + status + ": not a problem");
                }
            });
            var secured = !ApiDescription.PUBLIC.contains(path);
            // Redocly's security-defined: every operation says, a public one with an empty requirement.
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                problems.add(at + ": no security said");
            } else {
                var declared = operation.getSecurity().stream().anyMatch(r -> r.containsKey(ApiDescription.BEARER));
                if (secured != declared) {
                    problems.add(at + ": security " + declared + ", should be " + secured);
                }
            }
            if (secured && operation.getResponses().get("401") == null) {
                problems.add(at + ": no 401");
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyErrorOfTheApiIsAProblemInThaiAndEnglish() {
        var anonymous = get("/api/v1/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, 401);

        var demo = agencies.findIdBySlug("banprongsai").orElseThrow();
        var ita = accounts.accountByUsername(demo, "ita").orElseThrow();
        var token = tokens.issueToken(demo, ita.id(), "problems").token();
        var noYear = get("/api/v1/assessments/2501", token);
        assertThat(noYear.statusCode()).isEqualTo(404);
        assertProblem(noYear, 404);
        assertThat(noYear.body()).contains("ไม่พบสิ่งที่ขอ").contains("\"instance\":\"/api/v1/assessments/2501\"");

        var nowhere = get("/api/v1/nowhere", token);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertProblem(nowhere, 404);

        var notAYear = get("/api/v1/frameworks/abc", null);
        assertThat(notAYear.statusCode()).isEqualTo(400);
        assertProblem(notAYear, 400);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"title\":\"")
                .contains("\"detail\":\"")
                .doesNotContain("\"timestamp\"")
                .doesNotContain("\"trace\"");
    }

    private HttpResponse<String> get(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new Browser(port).send(request.GET().build());
    }
}
