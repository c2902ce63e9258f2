package org.prongsai.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.prongsai.framework.Framework;

/** Invariants of the engine over random answers. */
class ScorerProperties {

    static final Framework F2566 = Frameworks.of(2566);
    static final Scorer SCORER = new Scorer(F2566);

    static List<int[]> randomResponses(ResponseTally shape, int count, long seed) {
        var random = new Random(seed);
        var responses = new ArrayList<int[]>();
        for (int r = 0; r < count; r++) {
            var response = new int[shape.slots()];
            for (int s = 0; s < response.length; s++) {
                int pick = random.nextInt(shape.optionsOf(s) + 1);
                response[s] = pick == shape.optionsOf(s) ? ResponseTally.NOT_APPLICABLE : pick;
            }
            responses.add(response);
        }
        return responses;
    }

    static Breakdown score(List<int[]> iitResponses, List<int[]> eitResponses) {
        var iit = new ResponseTally(F2566, Framework.IIT);
        iitResponses.forEach(iit::add);
        var eit = new ResponseTally(F2566, Framework.EIT);
        eitResponses.forEach(eit::add);
        return SCORER.score(new ScoringInput(iit.answers(), eit.answers(), null, null, null, null));
    }

    @Property(tries = 200)
    void theGradeAndPassAreThoseOfTheTotalAsShown(@ForAll @IntRange(min = 1, max = 60) int people, @ForAll long seed) {
        var result = score(
                randomResponses(new ResponseTally(F2566, Framework.IIT), people, seed),
                randomResponses(new ResponseTally(F2566, Framework.EIT), people, seed + 1));
        var shown = new java.math.BigDecimal(
                String.format(java.util.Locale.ROOT, "%.2f", result.total().shown()));
        var band = F2566.grades().bands().stream()
                .filter(b -> shown.compareTo(java.math.BigDecimal.valueOf(b.minimum())) >= 0)
                .findFirst()
                .orElseThrow();
        assertThat(result.grade()).isEqualTo(band.grade());
        assertThat(result.passed())
                .isEqualTo(shown.compareTo(
                                java.math.BigDecimal.valueOf(F2566.grades().passMark()))
                        >= 0);
    }

    @Property(tries = 200)
    void everyScoreIsWithinZeroAndOneHundred(@ForAll @IntRange(min = 1, max = 60) int people, @ForAll long seed) {
        var result = score(
                randomResponses(new ResponseTally(F2566, Framework.IIT), people, seed),
                randomResponses(new ResponseTally(F2566, Framework.EIT), people, seed + 1));
        var all = new ArrayList<Score>();
        all.add(result.total());
        all.addAll(result.tools().values());
        all.addAll(result.indicators().values());
        result.questions().values().forEach(m -> all.addAll(m.values()));
        assertThat(all).filteredOn(Score::known).allSatisfy(s -> assertThat(s.value())
                .isBetween(0.0, 100.0));
    }

    @Property(tries = 200)
    void aMoreFavourableAnswerNeverLowersAScore(
            @ForAll @IntRange(min = 1, max = 40) int people,
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        var shape = new ResponseTally(F2566, Framework.IIT);
        var responses = randomResponses(shape, people, seed);
        var before = score(responses, List.of());
        // One person changes one answer to the next better one, whatever "better" means for that question.
        var changed = new ArrayList<int[]>();
        responses.forEach(r -> changed.add(r.clone()));
        var person = changed.get(pick % people);
        int slot = pick % shape.slots();
        var question = questionOfSlot(slot);
        var points = F2566.pointsOf(question);
        int current = person[slot];
        int better = -1;
        for (int k = 0; k < points.length; k++) {
            if (current >= 0 && points[k] > points[current] && (better < 0 || points[k] < points[better])) {
                better = k;
            }
        }
        if (better < 0) {
            return;
        }
        person[slot] = better;
        var after = score(changed, List.of());
        assertThat(after.questions().get(Scorer.IIT).get(question.id()).value())
                .isGreaterThanOrEqualTo(
                        before.questions().get(Scorer.IIT).get(question.id()).value() - 1e-9);
        assertThat(after.indicators().get(question.indicator()).value())
                .isGreaterThanOrEqualTo(
                        before.indicators().get(question.indicator()).value() - 1e-9);
        assertThat(after.total().value()).isGreaterThanOrEqualTo(before.total().value() - 1e-9);
    }

    @Property(tries = 100)
    void theOrderOfResponsesDoesNotMatter(@ForAll @IntRange(min = 1, max = 60) int people, @ForAll long seed) {
        var iit = randomResponses(new ResponseTally(F2566, Framework.IIT), people, seed);
        var eit = randomResponses(new ResponseTally(F2566, Framework.EIT), people, seed + 7);
        var shuffledIit = new ArrayList<>(iit);
        var shuffledEit = new ArrayList<>(eit);
        Collections.shuffle(shuffledIit, new Random(seed));
        Collections.shuffle(shuffledEit, new Random(seed + 1));
        assertThat(score(shuffledIit, shuffledEit)).isEqualTo(score(iit, eit));
    }

    static org.prongsai.framework.Question questionOfSlot(int slot) {
        int seen = 0;
        for (var q : F2566.questions()) {
            if (!q.tool().equals(Framework.IIT)) {
                continue;
            }
            if (slot < seen + q.answerCount()) {
                return q;
            }
            seen += q.answerCount();
        }
        throw new IllegalArgumentException("slot " + slot);
    }
}
