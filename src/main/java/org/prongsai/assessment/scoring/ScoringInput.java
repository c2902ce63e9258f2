package org.prongsai.assessment.scoring;

import java.util.Map;

/**
 * Everything the engine needs for one agency and year: answers per question for IIT and each EIT channel
 * (EP online, ES collected by assessors), OIT verdicts, and, to check sample sizes, the agency's kind and size.
 * {@code indicators} are indicator scores given as such (the level the NACC's reports publish): an indicator
 * with nothing below it to compute from takes its given score.
 */
public record ScoringInput(
        Map<String, Answers> iit,
        Map<String, Answers> ep,
        Map<String, Answers> es,
        Map<String, OitVerdict> oit,
        String agencyKind,
        String agencySize,
        Map<Integer, Double> indicators) {

    public ScoringInput {
        iit = iit == null ? Map.of() : iit;
        ep = ep == null ? Map.of() : ep;
        es = es == null ? Map.of() : es;
        oit = oit == null ? Map.of() : oit;
        indicators = indicators == null ? Map.of() : indicators;
    }

    public ScoringInput(
            Map<String, Answers> iit,
            Map<String, Answers> ep,
            Map<String, Answers> es,
            Map<String, OitVerdict> oit,
            String agencyKind,
            String agencySize) {
        this(iit, ep, es, oit, agencyKind, agencySize, null);
    }
}
