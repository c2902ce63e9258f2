package org.prongsai.assessment;

import java.util.Map;
import org.prongsai.assessment.scoring.Answers;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.assessment.scoring.ScoringInput;

/** The body of {@code POST /api/v1/scoring}: a fiscal year and what is known of its answers. */
public record ScoringRequest(
        Integer fiscalYear,
        Map<String, Answers> iit,
        Map<String, Answers> ep,
        Map<String, Answers> es,
        Map<String, OitVerdict> oit,
        String agencyKind,
        String agencySize) {

    ScoringInput input() {
        return new ScoringInput(iit, ep, es, oit, agencyKind, agencySize);
    }
}
