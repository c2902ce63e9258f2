package org.prongsai.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.prongsai.assessment.scoring.Breakdown;
import org.prongsai.assessment.scoring.Problem;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringRefused;
import org.prongsai.framework.FrameworkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Stateless scoring: answers in, the whole breakdown out. It touches no data, so it needs no login. */
@RestController
@Tag(name = "scoring", description = "The ITA scoring engine")
class ScoringApiController {

    private final FrameworkCatalog frameworks;
    private final MessageSource messages;

    ScoringApiController(FrameworkCatalog frameworks, MessageSource messages) {
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @PostMapping("/api/v1/scoring")
    @Operation(
            summary = "Score answer counts and OIT verdicts against a fiscal year's framework",
            description = "Each question takes either counts (one row per sub-item, one column per answer of its"
                    + " scale, optional notApplicable per sub-item) or an official score with respondents."
                    + " OIT verdicts are PASS, FAIL or NOT_APPLICABLE. Every score comes with its formula.")
    Breakdown score(@RequestBody ScoringRequest request) {
        if (request.fiscalYear() == null) {
            throw new ScoringRefused(List.of(Problem.of("scoring.year.missing")));
        }
        var framework = frameworks
                .find(request.fiscalYear())
                .orElseThrow(
                        () -> new ScoringRefused(List.of(Problem.of("scoring.year.unknown", request.fiscalYear()))));
        return new Scorer(framework).score(request.input());
    }

    record ProblemReport(String key, List<Object> arguments, String messageTh, String messageEn) {}

    record Refusal(String error, List<ProblemReport> problems) {}

    @ExceptionHandler(ScoringRefused.class)
    ResponseEntity<Refusal> refuse(ScoringRefused refused) {
        var reports = refused.problems().stream()
                .map(p -> new ProblemReport(
                        p.key(),
                        p.arguments(),
                        messages.getMessage(p.key(), p.arguments().toArray(), Locale.forLanguageTag("th")),
                        messages.getMessage(p.key(), p.arguments().toArray(), Locale.ENGLISH)))
                .toList();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Refusal("invalid-input", reports));
    }
}
