package org.prongsai.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.prongsai.assessment.scoring.Answers;
import org.prongsai.assessment.scoring.Channel;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringInput;
import org.prongsai.framework.Framework;

/**
 * Which questions, items and indicators of a year's result need work, as a plain rule: below the threshold or
 * lower than last year, each with the points the total would gain at 100 (found by scoring again with it at
 * 100), most first.
 */
final class WeakPointAnalysis {

    private static final Pattern THAI_ITEM_CODE = Pattern.compile("(?:อ้างอิงจาก|ข้อ)\\s*([๐-๙]{3})");
    private static final Pattern ITEM_CODE = Pattern.compile("\\bO(\\d{1,2})\\b");

    private WeakPointAnalysis() {}

    static List<WeakPoint> find(
            Framework framework,
            ScoringInput input,
            OfficialResult current,
            Optional<OfficialResult> previous,
            double threshold) {
        var scorer = new Scorer(framework);
        var breakdown = scorer.score(input);
        double total = breakdown.total().known() ? breakdown.total().value() : 0;
        var points = new ArrayList<WeakPoint>();
        current.questions()
                .forEach((channel, figures) -> figures.forEach((id, figure) -> {
                    var question = framework.question(id).orElseThrow();
                    double score = figure.score().doubleValue();
                    Double before = previous.flatMap(p -> Optional.ofNullable(
                                    p.questions().get(channel).get(id)))
                            .map(f -> f.score().doubleValue())
                            .orElse(null);
                    boolean below = score < threshold;
                    boolean fell = before != null && score < before;
                    if (below || fell) {
                        var raised = withQuestionAt100(input, channel, id);
                        double gain = scorer.score(raised).total().value() - total;
                        points.add(new WeakPoint(
                                channel,
                                id,
                                question.indicator(),
                                question.text(),
                                score,
                                before,
                                gain,
                                below,
                                fell,
                                question.recommendation(),
                                citedItems(question.recommendation().th())));
                    }
                }));
        current.oit().forEach((id, verdict) -> {
            if (verdict != OitVerdict.FAIL) {
                return;
            }
            var item = framework.oitItem(id).orElseThrow();
            var raised = new HashMap<>(input.oit());
            raised.put(id, OitVerdict.PASS);
            double gain = scorer.score(new ScoringInput(
                                    input.iit(),
                                    input.ep(),
                                    input.es(),
                                    raised,
                                    input.agencyKind(),
                                    input.agencySize(),
                                    input.indicators()))
                            .total()
                            .value()
                    - total;
            Double before = previous.flatMap(p -> Optional.ofNullable(p.oit().get(id)))
                    .map(v -> v == OitVerdict.PASS ? 100.0 : 0.0)
                    .orElse(null);
            points.add(new WeakPoint(
                    "OIT",
                    id,
                    item.indicator(),
                    item.nameKnown() ? item.name() : null,
                    0,
                    before,
                    gain,
                    true,
                    before != null && before > 0,
                    item.recommendation(),
                    citedItems(
                            item.recommendation() == null
                                    ? null
                                    : item.recommendation().th())));
        });
        // Results published at indicator level only (no question or item below them): the indicator itself.
        for (var indicator : framework.indicators()) {
            var score = breakdown.indicators().get(indicator.number());
            var given = input.indicators().get(indicator.number());
            if (given == null || !score.known() || !score.formula().endsWith("(given)")) {
                continue;
            }
            Double before = previous.flatMap(p -> Optional.ofNullable(
                            p.indicators() == null ? null : p.indicators().get(indicator.number())))
                    .map(java.math.BigDecimal::doubleValue)
                    .orElse(null);
            boolean below = given < threshold;
            boolean fell = before != null && given < before;
            if (!below && !fell) {
                continue;
            }
            var raised = new HashMap<>(input.indicators());
            raised.put(indicator.number(), 100.0);
            double gain = scorer.score(new ScoringInput(
                                    input.iit(),
                                    input.ep(),
                                    input.es(),
                                    input.oit(),
                                    input.agencyKind(),
                                    input.agencySize(),
                                    raised))
                            .total()
                            .value()
                    - total;
            // A whole indicator is listed under its tool's first channel (EP for the EIT), the OIT's under OIT.
            var channels = Channel.of(indicator.tool());
            var channel =
                    channels.isEmpty() ? indicator.tool() : channels.get(0).name();
            points.add(new WeakPoint(
                    channel,
                    WeakPoint.INDICATOR + indicator.number(),
                    indicator.number(),
                    indicator.name(),
                    given,
                    before,
                    gain,
                    below,
                    fell,
                    null,
                    List.of()));
        }
        points.sort(Comparator.comparingDouble(WeakPoint::gain).reversed().thenComparing(WeakPoint::id));
        return points;
    }

    private static ScoringInput withQuestionAt100(ScoringInput input, String channel, String id) {
        var iit = new HashMap<>(input.iit());
        var ep = new HashMap<>(input.ep());
        var es = new HashMap<>(input.es());
        // A channel this does not know is a mistake to surface, not one to score as ES.
        var target =
                switch (Channel.named(channel)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown channel: " + channel))) {
                    case IIT -> iit;
                    case EP -> ep;
                    case ES -> es;
                };
        var old = target.get(id);
        target.put(id, Answers.ofScore(100, old == null ? null : old.respondents()));
        return new ScoringInput(iit, ep, es, input.oit(), input.agencyKind(), input.agencySize());
    }

    /** OIT items a recommendation cites: "O11", or the "(อ้างอิงจาก ๐๑๑)" of the NACC's Thai text. */
    static List<String> citedItems(String text) {
        if (text == null) {
            return List.of();
        }
        var items = new java.util.LinkedHashSet<String>();
        var thai = THAI_ITEM_CODE.matcher(text);
        while (thai.find()) {
            var digits = new StringBuilder();
            thai.group(1).chars().forEach(c -> digits.append((char) ('0' + (c - '๐'))));
            items.add("O" + Integer.parseInt(digits.toString()));
        }
        var latin = ITEM_CODE.matcher(text);
        while (latin.find()) {
            items.add("O" + Integer.parseInt(latin.group(1)));
        }
        return List.copyOf(items);
    }
}
