package org.prongsai.assessment;

import java.math.BigDecimal;
import java.util.Map;
import org.prongsai.assessment.scoring.OitVerdict;

/**
 * The NACC's published figures for one agency and year: question scores per channel (IIT, EP, ES) with
 * respondents, OIT verdicts, indicator scores and the total. Anything not published is simply absent.
 */
public record OfficialResult(
        Map<String, Map<String, QuestionFigure>> questions,
        Map<String, OitVerdict> oit,
        Map<Integer, BigDecimal> indicators,
        BigDecimal total) {

    public record QuestionFigure(BigDecimal score, Integer respondents) {}
}
