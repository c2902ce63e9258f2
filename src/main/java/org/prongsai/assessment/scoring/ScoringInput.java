package org.prongsai.assessment.scoring;

import java.util.Map;

/**
 * Everything the engine needs for one agency and year: answers per question for IIT and each EIT channel
 * (EP online, ES collected by assessors), OIT verdicts, and, to check sample sizes, the agency's kind and size.
 */
public record ScoringInput(
        Map<String, Answers> iit,
        Map<String, Answers> ep,
        Map<String, Answers> es,
        Map<String, OitVerdict> oit,
        String agencyKind,
        String agencySize) {

    public ScoringInput {
        iit = iit == null ? Map.of() : iit;
        ep = ep == null ? Map.of() : ep;
        es = es == null ? Map.of() : es;
        oit = oit == null ? Map.of() : oit;
    }
}
