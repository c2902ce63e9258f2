package org.prongsai.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.framework.Aggregation;
import org.prongsai.framework.Framework;

/** Worked examples, each checked by hand in the comment above it. */
class ScorerTests {

    static final Framework F2566 = Frameworks.of(2566);
    final Scorer scorer = new Scorer(F2566);

    static ScoringInput iitOnly(String id, Answers answers) {
        return new ScoringInput(Map.of(id, answers), null, null, null, null, null);
    }

    // i7: (10×0 + 20×33.33 + 30×66.67 + 40×100) ÷ 100 = (0 + 666.6 + 2000.1 + 4000) ÷ 100 = 66.667
    @Test
    void scoresAQuestionFromItsAnswerCounts() {
        var result = scorer.score(iitOnly("i7", Answers.ofCounts(new long[] {10, 20, 30, 40})));
        var i7 = result.questions().get(Scorer.IIT).get("i7");
        assertThat(i7.value()).isCloseTo(66.667, within(0.001));
        assertThat(i7.respondents()).isEqualTo(100);
        assertThat(i7.formula()).isEqualTo("i7 = (10×0.00 + 20×33.33 + 30×66.67 + 40×100.00) ÷ 100 = 66.67");
    }

    // i9 asks about budget used for private gain: "most" scores 0.
    // (10×100 + 20×66.67 + 30×33.33 + 40×0) ÷ 100 = (1000 + 1333.4 + 999.9) ÷ 100 = 33.333
    @Test
    void turnsRoundAQuestionAboutWrongdoing() {
        var result = scorer.score(iitOnly("i9", Answers.ofCounts(new long[] {10, 20, 30, 40})));
        assertThat(result.questions().get(Scorer.IIT).get("i9").value()).isCloseTo(33.333, within(0.001));
    }

    // i4 (were you asked for money, gifts, favours?): "no" is good. Sub-items: 8/10, 10/10, 5/10 said no
    // → 80, 100, 50 → mean 76.667.
    @Test
    void scoresAYesNoQuestionAsTheMeanOfItsSubItems() {
        var answers = Answers.ofCounts(new long[] {2, 8}, new long[] {0, 10}, new long[] {5, 5});
        var i4 =
                scorer.score(iitOnly("i4", answers)).questions().get(Scorer.IIT).get("i4");
        assertThat(i4.value()).isCloseTo(76.667, within(0.001));
        assertThat(i4.formula()).startsWith("i4 = mean of 3 sub-items");
    }

    // Every IIT question 80, every EIT question 90, all 43 OIT items pass but O24:
    // indicator 9 = 29 × 100 ÷ 30 = 96.667; indicator 10 = 100; OIT = (96.667 + 100) ÷ 2 = 98.333;
    // total = 0.3 × 80 + 0.3 × 90 + 0.4 × 98.333 = 24 + 27 + 39.333 = 90.333 → A, passed.
    @Test
    void computesTheTotalAndGradeFromOfficialQuestionScores() {
        var iit = new HashMap<String, Answers>();
        var es = new HashMap<String, Answers>();
        var oit = new HashMap<String, OitVerdict>();
        F2566.questions().forEach(q -> {
            if (q.tool().equals(Framework.IIT)) {
                iit.put(q.id(), Answers.ofScore(80, 300L));
            } else {
                es.put(q.id(), Answers.ofScore(90, 40L));
            }
        });
        F2566.oitItems().forEach(o -> oit.put(o.id(), o.id().equals("O24") ? OitVerdict.FAIL : OitVerdict.PASS));
        var result = scorer.score(new ScoringInput(iit, null, es, oit, null, null));

        assertThat(result.indicators().get(9).value()).isCloseTo(96.667, within(0.001));
        assertThat(result.indicators().get(10).value()).isCloseTo(100, within(0.001));
        assertThat(result.tools().get("OIT").value()).isCloseTo(98.333, within(0.001));
        assertThat(result.tools().get("IIT").value()).isCloseTo(80, within(0.001));
        assertThat(result.tools().get("EIT").value()).isCloseTo(90, within(0.001));
        assertThat(result.total().value()).isCloseTo(90.333, within(0.001));
        assertThat(result.total().formula())
                .isEqualTo("total = (30.00×IIT 80.00 + 30.00×EIT 90.00 + 40.00×OIT 98.33) ÷ 100.00 = 90.33");
        assertThat(result.grade()).isEqualTo("A");
        assertThat(result.passed()).isTrue();
    }

    // EP: 30 people all "most" (100); ES: 10 people all "least" (0).
    // Pooled: (30×100 + 10×0) ÷ 40 = 75. Mean of channels: (100 + 0) ÷ 2 = 50.
    @Test
    void poolsOrAveragesTheTwoEitChannelsAsTheFrameworkSays() {
        var input = new ScoringInput(
                null,
                Map.of("e2", Answers.ofCounts(new long[] {0, 0, 0, 30})),
                Map.of("e2", Answers.ofCounts(new long[] {10, 0, 0, 0})),
                null,
                null,
                null);
        assertThat(scorer.score(input).questions().get(Scorer.EIT).get("e2").value())
                .isCloseTo(75, within(0.001));

        var a = F2566.aggregation();
        var meanOfChannels = new Framework(
                F2566.schema(),
                F2566.fiscalYear(),
                F2566.title(),
                F2566.provenance(),
                F2566.tools(),
                F2566.indicators(),
                F2566.subIndicators(),
                F2566.scales(),
                F2566.questions(),
                F2566.oitItems(),
                new Aggregation(
                        a.question(),
                        a.indicator(),
                        a.oitIndicator(),
                        a.tool(),
                        Aggregation.ChannelMethod.MEAN_OF_CHANNELS,
                        a.total(),
                        a.provenance()),
                F2566.grades(),
                F2566.minimumSamples(),
                F2566.oitDeadline(),
                F2566.ratings());
        assertThat(new Scorer(meanOfChannels)
                        .score(input)
                        .questions()
                        .get(Scorer.EIT)
                        .get("e2")
                        .value())
                .isCloseTo(50, within(0.001));
    }

    // "Not applicable" answers are left out: 5 said N/A, the other 5 all "most" → 100.
    @Test
    void leavesNotApplicableAnswersOut() {
        var answers = new Answers(List.<long[]>of(new long[] {0, 0, 0, 5}), List.of(5L), null, null);
        assertThat(scorer.score(iitOnly("i7", answers))
                        .questions()
                        .get(Scorer.IIT)
                        .get("i7")
                        .value())
                .isCloseTo(100, within(0.001));
    }

    @Test
    void flagsTooSmallASampleButStillScores() {
        var f2568 = Frameworks.of(2568);
        var input = new ScoringInput(
                null,
                Map.of("e1", Answers.ofCounts(new long[] {0, 0, 10, 20}, new long[] {0, 0, 10, 20})),
                null,
                null,
                "SAO",
                "L");
        var result = new Scorer(f2568).score(input);
        assertThat(result.warnings()).contains(Problem.of("scoring.sample.below-minimum", "EIT", 30L, 50));
        assertThat(result.questions().get(Scorer.EIT).get("e1").known()).isTrue();
    }

    @Test
    void listsEveryProblemOfTheInputAndScoresNothing() {
        var input = new ScoringInput(
                Map.of(
                        "i99", Answers.ofCounts(new long[] {1, 2, 3, 4}),
                        "i7", Answers.ofCounts(new long[] {1, -2, 3, 4}),
                        "i1", Answers.ofCounts(new long[] {1, 1, 1, 1}, new long[] {1, 1, 1, 2}),
                        "i8", Answers.ofScore(101, null),
                        "i2", Answers.ofCounts(new long[] {1, 2, 3})),
                Map.of("i10", Answers.ofScore(50, null)),
                null,
                Map.of("O99", OitVerdict.PASS),
                null,
                null);
        assertThatThrownBy(() -> scorer.score(input))
                .isInstanceOfSatisfying(ScoringRefused.class, e -> assertThat(e.problems())
                        .extracting(Problem::key)
                        .containsExactlyInAnyOrder(
                                "scoring.question.unknown",
                                "scoring.count.negative",
                                "scoring.count.do-not-add-up",
                                "scoring.score.out-of-range",
                                "scoring.count.options",
                                "scoring.question.unknown",
                                "scoring.oit.unknown"));
    }

    @Test
    void leavesOutWhatHasNoDataAndSaysSo() {
        var result = scorer.score(iitOnly("i7", Answers.ofCounts(new long[] {0, 0, 0, 10})));
        assertThat(result.indicators().get(2).value()).isCloseTo(100, within(0.001));
        assertThat(result.indicators().get(2).formula()).contains("5 without data left out");
        assertThat(result.tools().get("EIT").known()).isFalse();
        assertThat(result.total().value()).as("only the IIT is known").isCloseTo(100, within(0.001));
    }
}
