package org.prongsai.assessment.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.prongsai.framework.Aggregation;
import org.prongsai.framework.Framework;
import org.prongsai.framework.Question;
import org.prongsai.framework.Ratings;

/**
 * Scores one agency's answers against a framework, the way the framework's aggregation settings say:
 * questions from answer counts (or the NACC's own question scores), indicators from questions or OIT items,
 * tools from indicators, the total from weighted tools, then the grade. Pure and thread-safe.
 *
 * <p>Longer than most classes on purpose: each level's formula is written once, beside the explanation it
 * gives, so that the figures a reader sees and the arithmetic that made them cannot drift apart.
 */
public final class Scorer {

    public static final String IIT = "IIT";
    public static final String EP = "EP";
    public static final String ES = "ES";
    public static final String EIT = "EIT";

    private final Framework framework;
    private final InputCheck check;
    // Looked up for every agency scored: built once, not searched each time.
    private final Map<String, double[]> points = new java.util.HashMap<>();
    private final Map<Integer, List<Question>> questionsByIndicator = new java.util.HashMap<>();
    private final Map<Integer, List<String>> itemsByIndicator = new java.util.HashMap<>();
    private final Map<String, List<String>> itemsBySubIndicator = new java.util.HashMap<>();

    public Scorer(Framework framework) {
        this.framework = framework;
        this.check = new InputCheck(framework);
        for (var q : framework.questions()) {
            points.put(q.id(), framework.pointsOf(q));
            questionsByIndicator
                    .computeIfAbsent(q.indicator(), k -> new ArrayList<>())
                    .add(q);
        }
        for (var o : framework.oitItems()) {
            itemsByIndicator
                    .computeIfAbsent(o.indicator(), k -> new ArrayList<>())
                    .add(o.id());
            itemsBySubIndicator
                    .computeIfAbsent(o.subIndicator(), k -> new ArrayList<>())
                    .add(o.id());
        }
    }

    public Breakdown score(ScoringInput input) {
        check.check(input);
        var warnings = new ArrayList<Problem>();
        var questions = new LinkedHashMap<String, Map<String, Score>>();
        questions.put(IIT, scoreChannel(IIT, input.iit()));
        questions.put(EP, scoreChannel(EIT, input.ep()));
        questions.put(ES, scoreChannel(EIT, input.es()));
        questions.put(EIT, combineEit(input));

        var oitItems = new LinkedHashMap<String, Score>();
        for (var item : framework.oitItems()) {
            var verdict = input.oit().get(item.id());
            if (verdict == null) {
                oitItems.put(item.id(), Score.none(item.id() + ": no verdict"));
            } else if (verdict == OitVerdict.NOT_APPLICABLE) {
                oitItems.put(item.id(), Score.none(item.id() + ": not applicable"));
            } else {
                double value = verdict == OitVerdict.PASS ? 100 : 0;
                oitItems.put(item.id(), new Score(value, item.id() + " = " + verdict + " → " + fmt(value), 1));
            }
        }

        var subIndicators = new LinkedHashMap<String, Score>();
        for (var sub : framework.subIndicators()) {
            var parts = itemsBySubIndicator.getOrDefault(sub.code(), List.of()).stream()
                    .map(id -> Map.entry(id, oitItems.get(id)))
                    .toList();
            subIndicators.put(sub.code(), mean(sub.code(), parts));
        }

        var indicators = new LinkedHashMap<Integer, Score>();
        for (var indicator : framework.indicators()) {
            var label = "indicator " + indicator.number();
            Score score;
            if (indicator.tool().equals(Framework.OIT)) {
                if (framework.aggregation().oitIndicator() == Aggregation.OitIndicatorMethod.MEAN_OF_SUB_INDICATORS) {
                    score = mean(
                            label,
                            framework.subIndicatorsOf(indicator.number()).stream()
                                    .map(s -> Map.entry(s.code(), subIndicators.get(s.code())))
                                    .toList());
                } else {
                    score = mean(
                            label,
                            framework.itemsOf(indicator.number()).stream()
                                    .map(o -> Map.entry(o.id(), oitItems.get(o.id())))
                                    .toList());
                }
            } else {
                var channel = indicator.tool().equals(Framework.IIT) ? IIT : EIT;
                score = mean(
                        label,
                        framework.questionsOf(indicator.number()).stream()
                                .map(q ->
                                        Map.entry(q.id(), questions.get(channel).get(q.id())))
                                .toList());
            }
            var given = input.indicators().get(indicator.number());
            if (!score.known() && given != null) {
                // Only the indicator's own score is known (a published result): it counts as given.
                score = new Score(given, label + " = " + fmt(given) + " (given)", 0);
            }
            indicators.put(indicator.number(), score);
        }

        var tools = new LinkedHashMap<String, Score>();
        for (var tool : framework.tools()) {
            tools.put(
                    tool.code(),
                    mean(
                            tool.code(),
                            framework.indicatorsOf(tool.code()).stream()
                                    .map(i -> Map.entry("indicator " + i.number(), indicators.get(i.number())))
                                    .toList()));
        }

        var total = weightedTotal(tools);
        warnMissing(tools, indicators, warnings);
        // Graded as shown: two decimals (the NACC grades what it publishes).
        String grade = total.known() ? framework.grades().gradeOf(total.value()) : null;
        boolean passed = total.known() && framework.grades().passes(total.value());
        Ratings.Rating rating = null;
        if (total.known() && framework.ratings() != null) {
            var shownTools = new LinkedHashMap<String, Double>();
            tools.forEach((code, score) -> {
                if (score.known()) {
                    shownTools.put(code, score.shown());
                }
            });
            rating = framework.ratings().rate(total.shown(), shownTools);
        }
        checkSamples(input, questions, warnings);
        return new Breakdown(
                framework.fiscalYear(),
                total,
                grade,
                passed,
                tools,
                indicators,
                subIndicators,
                questions,
                oitItems,
                warnings,
                rating);
    }

    private Map<String, Score> scoreChannel(String tool, Map<String, Answers> answers) {
        var scores = new LinkedHashMap<String, Score>();
        for (var question : framework.questions()) {
            if (!question.tool().equals(tool)) {
                continue;
            }
            var given = answers.get(question.id());
            scores.put(
                    question.id(),
                    given == null ? Score.none(question.id() + ": no answers") : scoreQuestion(question, given));
        }
        return scores;
    }

    /** One question from its counts: each sub-item's mean over respondents, then the mean of the sub-items. */
    Score scoreQuestion(Question question, Answers answers) {
        if (!answers.hasCounts()) {
            long n = answers.respondents() == null ? 0 : answers.respondents();
            return new Score(answers.score(), question.id() + " = " + fmt(answers.score()) + " (official)", n);
        }
        var points = this.points.get(question.id());
        var subScores = new ArrayList<Double>();
        var subFormulas = new ArrayList<String>();
        long respondents = 0;
        for (var row : answers.counts()) {
            long n = 0;
            double sum = 0;
            var terms = new ArrayList<String>();
            for (int k = 0; k < row.length; k++) {
                n += row[k];
                sum += row[k] * points[k];
                terms.add(row[k] + "×" + fmt(points[k]));
            }
            respondents = Math.max(respondents, n);
            if (n > 0) {
                double value = sum / n;
                subScores.add(value);
                subFormulas.add("(" + String.join(" + ", terms) + ") ÷ " + n + " = " + fmt(value));
            }
        }
        if (subScores.isEmpty()) {
            return Score.none(question.id() + ": every answer was not applicable");
        }
        double value =
                subScores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        String formula = subScores.size() == 1
                ? question.id() + " = " + subFormulas.get(0)
                : question.id() + " = mean of " + subScores.size() + " sub-items [" + String.join("; ", subFormulas)
                        + "] = " + fmt(value);
        return new Score(value, formula, respondents);
    }

    /** EIT questions from both channels, pooled as one sample or averaged, as the framework says. */
    private Map<String, Score> combineEit(ScoringInput input) {
        var combined = new LinkedHashMap<String, Score>();
        boolean pooled = framework.aggregation().eitChannels() == Aggregation.ChannelMethod.POOLED;
        for (var question : framework.questions()) {
            if (!question.tool().equals(EIT)) {
                continue;
            }
            var ep = input.ep().get(question.id());
            var es = input.es().get(question.id());
            if (ep == null && es == null) {
                combined.put(question.id(), Score.none(question.id() + ": no answers"));
            } else if (ep == null || es == null) {
                var only = scoreQuestion(question, ep == null ? es : ep);
                combined.put(
                        question.id(),
                        new Score(only.value(), (ep == null ? "ES " : "EP ") + only.formula(), only.respondents()));
            } else if (pooled && ep.hasCounts() && es.hasCounts()) {
                var rows = new ArrayList<long[]>();
                for (int s = 0; s < ep.counts().size(); s++) {
                    var sum = ep.counts().get(s).clone();
                    var other = es.counts().get(s);
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] += other[k];
                    }
                    rows.add(sum);
                }
                var pooledScore = scoreQuestion(question, new Answers(rows, null, null, null));
                combined.put(
                        question.id(),
                        new Score(
                                pooledScore.value(),
                                "EP+ES pooled: " + pooledScore.formula(),
                                pooledScore.respondents()));
            } else {
                var a = scoreQuestion(question, ep);
                var b = scoreQuestion(question, es);
                combined.put(question.id(), combineTwo(question.id(), a, b, pooled));
            }
        }
        return combined;
    }

    private static Score combineTwo(String id, Score ep, Score es, boolean weightByRespondents) {
        if (!ep.known() || !es.known()) {
            return ep.known() ? ep : es;
        }
        long n = ep.respondents() + es.respondents();
        if (weightByRespondents && ep.respondents() > 0 && es.respondents() > 0) {
            double value = (ep.value() * ep.respondents() + es.value() * es.respondents()) / n;
            return new Score(
                    value,
                    id + " = (EP " + fmt(ep.value()) + "×" + ep.respondents() + " + ES " + fmt(es.value()) + "×"
                            + es.respondents() + ") ÷ " + n + " = " + fmt(value),
                    n);
        }
        double value = (ep.value() + es.value()) / 2;
        return new Score(
                value, id + " = (EP " + fmt(ep.value()) + " + ES " + fmt(es.value()) + ") ÷ 2 = " + fmt(value), n);
    }

    private static Score mean(String label, List<Map.Entry<String, Score>> parts) {
        var known = parts.stream()
                .filter(e -> e.getValue() != null && e.getValue().known())
                .toList();
        if (known.isEmpty()) {
            return Score.none(label + ": nothing to score");
        }
        double value =
                known.stream().mapToDouble(e -> e.getValue().value()).average().orElseThrow();
        long respondents =
                known.stream().mapToLong(e -> e.getValue().respondents()).max().orElse(0);
        var terms = known.stream().map(e -> fmt(e.getValue().value())).collect(Collectors.joining(" + "));
        String missing =
                known.size() < parts.size() ? " (" + (parts.size() - known.size()) + " without data left out)" : "";
        return new Score(
                value, label + " = (" + terms + ") ÷ " + known.size() + " = " + fmt(value) + missing, respondents);
    }

    private Score weightedTotal(Map<String, Score> tools) {
        double weighted = 0;
        double weights = 0;
        var terms = new ArrayList<String>();
        for (var tool : framework.tools()) {
            var score = tools.get(tool.code());
            if (score.known()) {
                weighted += tool.weight() * score.value();
                weights += tool.weight();
                terms.add(fmt(tool.weight()) + "×" + tool.code() + " " + fmt(score.value()));
            }
        }
        if (weights == 0) {
            return Score.none("total: nothing to score");
        }
        double value = weighted / weights;
        return new Score(
                value, "total = (" + String.join(" + ", terms) + ") ÷ " + fmt(weights) + " = " + fmt(value), 0);
    }

    /**
     * A total from fewer tools than the framework's, or a tool from fewer indicators than its own, is rescaled
     * over what is known and can mislead: each gap is said beside the total.
     */
    private void warnMissing(Map<String, Score> tools, Map<Integer, Score> indicators, List<Problem> warnings) {
        boolean any = tools.values().stream().anyMatch(Score::known);
        for (var tool : framework.tools()) {
            if (!tools.get(tool.code()).known()) {
                if (any) {
                    warnings.add(Problem.of("scoring.tool.missing", tool.code()));
                }
                continue;
            }
            var missing = framework.indicatorsOf(tool.code()).stream()
                    .filter(i -> !indicators.get(i.number()).known())
                    .map(i -> Integer.toString(i.number()))
                    .toList();
            if (!missing.isEmpty()) {
                warnings.add(Problem.of("scoring.indicator.missing", tool.code(), String.join(", ", missing)));
            }
        }
    }

    private void checkSamples(ScoringInput input, Map<String, Map<String, Score>> questions, List<Problem> warnings) {
        if (input.agencyKind() == null || input.agencySize() == null) {
            return;
        }
        long known = questions.values().stream()
                .flatMap(m -> m.values().stream())
                .filter(Score::known)
                .count();
        long counted = questions.values().stream()
                .flatMap(m -> m.values().stream())
                .filter(sc -> sc.known() && sc.respondents() > 0)
                .count();
        if (counted == 0) {
            // Scores without respondents, or results at indicator level only: the sample cannot be told.
            warnings.add(Problem.of("scoring.sample.unknown"));
            return;
        }
        var found = framework.minimumSamples().find(input.agencyKind(), input.agencySize());
        if (found.isEmpty()) {
            if (known > 0) {
                warnings.add(Problem.of("scoring.sample.no-minimum", input.agencyKind(), input.agencySize()));
            }
            return;
        }
        var rule = found.get();
        if (rule.eit() != null) {
            long eit = questions.get(EP).values().stream()
                            .mapToLong(Score::respondents)
                            .max()
                            .orElse(0)
                    + questions.get(ES).values().stream()
                            .mapToLong(Score::respondents)
                            .max()
                            .orElse(0);
            if (eit < rule.eit()) {
                warnings.add(Problem.of("scoring.sample.below-minimum", "EIT", eit, rule.eit()));
            }
        }
        if (rule.iit() != null) {
            long iit = questions.get(IIT).values().stream()
                    .mapToLong(Score::respondents)
                    .max()
                    .orElse(0);
            if (iit < rule.iit()) {
                warnings.add(Problem.of("scoring.sample.below-minimum", "IIT", iit, rule.iit()));
            }
        }
    }

    /** Two decimals, half up, as the NACC publishes; by hand because String.format dominated a profile. */
    static String fmt(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        // Rounded as the figure is shown and graded (84.995 → 85.00), not as the binary double happens to be.
        long hundredths = Math.round(org.prongsai.framework.Grades.shown(Math.abs(value)) * 100);
        var out = new StringBuilder(8);
        if (value < 0 && hundredths != 0) {
            out.append('-');
        }
        out.append(hundredths / 100).append('.');
        long cents = hundredths % 100;
        if (cents < 10) {
            out.append('0');
        }
        return out.append(cents).toString();
    }
}
