package org.prongsai.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.prongsai.assessment.scoring.Problem;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringRefused;
import org.prongsai.framework.FrameworkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless scoring: answers in, the whole breakdown out. It touches no data, so it needs no login. The body is
 * read strictly and within a size limit: every refusal is an RFC 9457 problem that names the field and the
 * reason in Thai and English, with at most the first hundred problems and their count.
 */
@RestController
@Tag(name = "scoring", description = "The ITA scoring engine")
class ScoringApiController {

    /** Far above any real agency's answers (a whole framework's counts are a few kilobytes). */
    static final int MAX_BODY = 256 * 1024;

    static final int MAX_PROBLEMS = 100;

    private final FrameworkCatalog frameworks;
    private final MessageSource messages;
    // Strict: a fraction where a count is due, a number too large for one, a property the request does not
    // have, or a verdict that is not one are refused, never rounded, dropped or ignored.
    private final JsonMapper strict;

    ScoringApiController(FrameworkCatalog frameworks, MessageSource messages, JsonMapper json) {
        this.frameworks = frameworks;
        this.messages = messages;
        this.strict = json.rebuild()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    @PostMapping(value = "/api/v1/scoring")
    @Operation(
            summary = "Score answer counts and OIT verdicts against a fiscal year's framework",
            description = "Each question takes either counts (one row per sub-item, one column per answer of its"
                    + " scale, optional notApplicable per sub-item) or an official score with respondents."
                    + " OIT verdicts are PASS, FAIL or NOT_APPLICABLE. Every score comes with its formula."
                    + " Refusals are RFC 9457 problem details naming each field and reason in Thai and English.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = ScoringRequest.class))))
    tools.jackson.databind.JsonNode score(HttpServletRequest http) throws IOException {
        var request = read(http);
        if (request.fiscalYear() == null) {
            throw new ScoringRefused(List.of(Problem.of("scoring.year.missing")));
        }
        var framework = frameworks
                .find(request.fiscalYear())
                .orElseThrow(
                        () -> new ScoringRefused(List.of(Problem.of("scoring.year.unknown", request.fiscalYear()))));
        var breakdown = new Scorer(framework).score(request.input());
        // The warnings as the dashboard says them, in Thai and English, not only their keys.
        var out = (tools.jackson.databind.node.ObjectNode) strict.valueToTree(breakdown);
        out.set("warnings", strict.valueToTree(reports(breakdown.warnings())));
        return out;
    }

    private List<ProblemReport> reports(List<Problem> problems) {
        return problems.stream()
                .limit(MAX_PROBLEMS)
                .map(p -> new ProblemReport(
                        p.key(),
                        p.arguments(),
                        messages.getMessage(p.key(), p.arguments().toArray(), Locale.forLanguageTag("th")),
                        messages.getMessage(p.key(), p.arguments().toArray(), Locale.ENGLISH)))
                .toList();
    }

    private ScoringRequest read(HttpServletRequest http) throws IOException {
        if (http.getContentLengthLong() > MAX_BODY) {
            throw new TooLarge();
        }
        var body = http.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new TooLarge();
        }
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new ScoringRefused(List.of(Problem.of("scoring.json.empty")));
        }
        try {
            return strict.readValue(body, ScoringRequest.class);
        } catch (DatabindException e) {
            throw new ScoringRefused(
                    List.of(Problem.of("scoring.json.field", field(e), plain(e.getOriginalMessage()))));
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new ScoringRefused(List.of(Problem.of(
                    "scoring.json.malformed",
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    plain(e.getOriginalMessage()))));
        }
    }

    /**
     * The parser's words without the names of the server's classes ({@code org.prongsai.assessment.ScoringRequest}
     * becomes {@code ScoringRequest}) or its tokens: what the caller sent, not how the server is built.
     */
    static String plain(String message) {
        return message == null
                ? ""
                : message.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1")
                        .replaceAll("\\s*\\(token `[^`]*`\\)", "")
                        .replaceAll("\\s*\\(class [^)]*\\)", "");
    }

    /** The field as a path: {@code iit.i7.counts[0][2]}, {@code oit.O1}. */
    private static String field(DatabindException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("request body above " + MAX_BODY + " bytes");
        }
    }

    record ProblemReport(String key, List<Object> arguments, String messageTh, String messageEn) {}

    /** A problem as every API error is one: the first reason in English as its title and in Thai as its detail. */
    private ProblemDetail problem(HttpStatus status, List<Problem> problems) {
        var reports = problems.isEmpty() ? reports(List.of(Problem.of("shared.problem.400"))) : reports(problems);
        var detail = ProblemDetail.forStatus(status);
        detail.setTitle(reports.get(0).messageEn());
        detail.setDetail(reports.get(0).messageTh());
        detail.setProperty("key", reports.get(0).key());
        detail.setProperty("problems", reports);
        detail.setProperty("problemCount", problems.size());
        detail.setProperty("shown", reports.size());
        return detail;
    }

    @ExceptionHandler(ScoringRefused.class)
    ResponseEntity<ProblemDetail> refuse(ScoringRefused refused) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, refused.problems()));
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<ProblemDetail> refuseTooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(
                        HttpStatus.CONTENT_TOO_LARGE, List.of(Problem.of("scoring.json.too-large", MAX_BODY / 1024))));
    }
}
