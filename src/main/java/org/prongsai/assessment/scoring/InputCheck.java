package org.prongsai.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prongsai.framework.Framework;

/** Finds every way the input does not fit the framework, before anything is scored. */
final class InputCheck {

    private final Framework framework;
    private final Map<String, org.prongsai.framework.Question> questions = new java.util.HashMap<>();
    private final java.util.Set<String> oitItems = new java.util.HashSet<>();

    InputCheck(Framework framework) {
        this.framework = framework;
        framework.questions().forEach(q -> questions.put(q.id(), q));
        framework.oitItems().forEach(o -> oitItems.add(o.id()));
    }

    void check(ScoringInput input) {
        var problems = new ArrayList<Problem>();
        checkChannel(Scorer.IIT, Framework.IIT, input.iit(), problems);
        checkChannel(Scorer.EP, Framework.EIT, input.ep(), problems);
        checkChannel(Scorer.ES, Framework.EIT, input.es(), problems);
        input.oit().forEach((id, verdict) -> {
            if (!oitItems.contains(id)) {
                problems.add(Problem.of("scoring.oit.unknown", id));
            } else if (verdict == null) {
                problems.add(Problem.of("scoring.oit.no-verdict", id));
            }
        });
        if (!problems.isEmpty()) {
            throw new ScoringRefused(problems);
        }
    }

    private void checkChannel(String channel, String tool, Map<String, Answers> answers, List<Problem> problems) {
        answers.forEach((id, given) -> {
            var question = java.util.Optional.ofNullable(questions.get(id))
                    .filter(q -> q.tool().equals(tool));
            if (question.isEmpty()) {
                problems.add(Problem.of("scoring.question.unknown", channel, id));
            } else if (given == null || (!given.hasCounts() && given.score() == null)) {
                problems.add(Problem.of("scoring.question.empty", channel, id));
            } else if (!given.hasCounts()) {
                checkScore(channel, id, given, problems);
            } else {
                checkCounts(channel, id, given, question.get(), problems);
            }
        });
    }

    private static void checkScore(String channel, String id, Answers given, List<Problem> problems) {
        if (given.score().isNaN() || given.score() < 0 || given.score() > 100) {
            problems.add(Problem.of("scoring.score.out-of-range", channel, id, given.score()));
        }
        if (given.respondents() != null && given.respondents() < 0) {
            problems.add(Problem.of("scoring.count.negative", channel, id));
        }
    }

    private void checkCounts(
            String channel,
            String id,
            Answers given,
            org.prongsai.framework.Question question,
            List<Problem> problems) {
        int options = framework.scaleOf(question).options().size();
        if (given.counts().size() != question.answerCount()) {
            problems.add(Problem.of(
                    "scoring.count.sub-items",
                    channel,
                    id,
                    question.answerCount(),
                    given.counts().size()));
            return;
        }
        long firstTotal = -1;
        for (int s = 0; s < given.counts().size(); s++) {
            var row = given.counts().get(s);
            if (row == null || row.length != options) {
                problems.add(Problem.of("scoring.count.options", channel, id, options));
                return;
            }
            long total = 0;
            for (long c : row) {
                if (c < 0) {
                    problems.add(Problem.of("scoring.count.negative", channel, id));
                    return;
                }
                total += c;
            }
            if (given.notApplicable() != null && s < given.notApplicable().size()) {
                total += given.notApplicable().get(s);
            }
            if (firstTotal >= 0 && total != firstTotal) {
                problems.add(Problem.of("scoring.count.do-not-add-up", channel, id, firstTotal, total));
                return;
            }
            firstTotal = total;
        }
    }
}
