package org.prongsai.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs}: its name and licence, the bearer token the staff endpoints
 * need, and the one error shape every endpoint answers with (RFC 9457 problem details), so that a client
 * generated from it handles refusals without reading the code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    /** Anyone may call these; every other API endpoint acts for a staff member and needs a token. */
    static final Set<String> PUBLIC = Set.of("/api/v1/frameworks", "/api/v1/frameworks/{year}", "/api/v1/scoring");

    /** The refusals each endpoint may answer with, besides those of its own kind. */
    private static final Map<String, String> ANY = Map.of(
            "404", "Not found: no such year, item or address",
            "429", "Too many requests: wait for the number of seconds in Retry-After",
            "500", "The server failed; the problem's instance names the request");

    private static final Map<String, String> SECURED = Map.of(
            "401", "No token, or a token revoked, expired or unknown",
            "403", "The token's person may not do this (a read-only token writing, a role that may not read it)");

    @Bean
    OpenAPI prongsaiApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Prongsai API")
                        .version("v1")
                        .description(
                                """
                                ITA frameworks, scoring and the signed-in agency's results. Frameworks and the score calculator are public. The other endpoints act for a \
                                staff member of one agency, with a token the person makes on their account page \
                                (read-only or read-write), sent as `Authorization: Bearer …`. Every error is a \
                                problem (RFC 9457): `detail` says why in Thai, `title` in English, `key` names \
                                the message and `field` the input at fault.""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .addServersItem(new Server().url("/").description("This agency's site"))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token from the account page"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Every operation: JSON rather than any type, its security, and the problems it may answer with. */
    @Bean
    OpenApiCustomizer problemsAndSecurity() {
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    jsonNotAnyType(operation);
                    var secured = path.startsWith("/api/") && !PUBLIC.contains(path);
                    // A public operation says so with an empty requirement, rather than by saying nothing.
                    operation.addSecurityItem(
                            secured ? new SecurityRequirement().addList(BEARER) : new SecurityRequirement());
                    var problems = new LinkedHashMap<String, String>();
                    if (operation.getRequestBody() != null
                            || (operation.getParameters() != null
                                    && !operation.getParameters().isEmpty())) {
                        problems.put("400", "The request is not valid: `field` names the input at fault");
                    }
                    if (secured) {
                        problems.putAll(SECURED);
                    }
                    problems.putAll(ANY);
                    problems.forEach((status, description) -> {
                        if (operation.getResponses().get(status) == null) {
                            operation.getResponses().addApiResponse(status, problem(description));
                        }
                    });
                }));
    }

    private static void jsonNotAnyType(Operation operation) {
        operation.getResponses().values().forEach(response -> {
            var content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                var media = content.remove("*/*");
                content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, media);
            }
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("A problem (RFC 9457)")
                .addProperty("type", new StringSchema().description("about:blank"))
                .addProperty("title", new StringSchema().description("What went wrong, in English"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, in Thai"))
                .addProperty("instance", new StringSchema().description("The request's path"))
                .addProperty("key", new StringSchema().description("The message's key, for translations of one's own"))
                .addProperty("field", new StringSchema().description("The input at fault, when one is"));
    }
}
