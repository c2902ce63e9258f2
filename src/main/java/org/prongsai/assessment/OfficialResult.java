package org.prongsai.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prongsai.assessment.scoring.Answers;
import org.prongsai.assessment.scoring.Channel;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.assessment.scoring.ScoringInput;

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

    /** The result as the scorer reads it, for an agency of this kind and size. */
    public ScoringInput scoringInput(String kind, String size) {
        var channels = new HashMap<String, Map<String, Answers>>();
        questions.forEach((channel, figures) -> {
            var answers = new LinkedHashMap<String, Answers>();
            figures.forEach((id, f) -> answers.put(
                    id,
                    Answers.ofScore(
                            f.score().doubleValue(),
                            f.respondents() == null ? null : f.respondents().longValue())));
            channels.put(channel, answers);
        });
        var given = new HashMap<Integer, Double>();
        if (indicators != null) {
            indicators.forEach((n, v) -> given.put(n, v.doubleValue()));
        }
        return new ScoringInput(
                channels.get(Channel.IIT.name()),
                channels.get(Channel.EP.name()),
                channels.get(Channel.ES.name()),
                oit,
                kind,
                size,
                given);
    }
}
