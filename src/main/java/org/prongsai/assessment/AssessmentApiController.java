package org.prongsai.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.prongsai.assessment.scoring.Breakdown;
import org.prongsai.shared.CurrentAgency;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "assessments", description = "The signed-in agency's ITA results")
class AssessmentApiController {

    private final AssessmentManagement assessments;

    AssessmentApiController(AssessmentManagement assessments) {
        this.assessments = assessments;
    }

    record AssessmentView(int fiscalYear, OfficialResult official, Breakdown computed, List<WeakPoint> weakPoints) {}

    @GetMapping("/api/v1/assessments/{year}")
    @Operation(summary = "The official results, the engine's breakdown and the weak points of one fiscal year")
    AssessmentView assessment(@PathVariable int year) {
        var agency = CurrentAgency.get();
        if (!assessments.yearsWithResults(agency).contains(year)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no results for " + year);
        }
        var passMark = assessments.framework(year).grades().passMark();
        return new AssessmentView(
                year,
                assessments.official(agency, year).orElseThrow(),
                assessments.breakdown(agency, year).orElseThrow(),
                assessments.weakPoints(agency, year, passMark));
    }
}
