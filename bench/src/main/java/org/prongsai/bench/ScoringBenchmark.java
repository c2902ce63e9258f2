package org.prongsai.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.prongsai.assessment.scoring.Answers;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.assessment.scoring.ResponseTally;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringInput;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkReader;

/**
 * The two speeds the ITA issue asks for: a million individual responses to all 45 IIT and EIT questions
 * counted and scored for one agency (under 1 s), and the imported results of 7,850 agencies scored (under 2 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class ScoringBenchmark {

    static final int RESPONSES = 1_000_000;
    static final int AGENCIES = 7_850;

    Framework framework;
    Scorer scorer;
    int iitSlots;
    int eitSlots;
    byte[] responses; // each response: its IIT answers, then its EIT answers
    List<ScoringInput> agencies;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        try (var in = Framework.class.getClassLoader().getResourceAsStream("frameworks/ita-2566.json")) {
            framework = new FrameworkReader().read("ita-2566.json", in.readAllBytes());
        }
        scorer = new Scorer(framework);
        var iit = new ResponseTally(framework, Framework.IIT);
        var eit = new ResponseTally(framework, Framework.EIT);
        iitSlots = iit.slots();
        eitSlots = eit.slots();
        var random = new Random(2566);
        int width = iitSlots + eitSlots;
        responses = new byte[RESPONSES * width];
        for (int r = 0; r < RESPONSES; r++) {
            for (int s = 0; s < iitSlots; s++) {
                responses[r * width + s] = (byte) random.nextInt(iit.optionsOf(s));
            }
            for (int s = 0; s < eitSlots; s++) {
                responses[r * width + iitSlots + s] = (byte) random.nextInt(eit.optionsOf(s));
            }
        }
        agencies = new ArrayList<>(AGENCIES);
        for (int a = 0; a < AGENCIES; a++) {
            var iitScores = new HashMap<String, Answers>();
            var ep = new HashMap<String, Answers>();
            var es = new HashMap<String, Answers>();
            var oit = new HashMap<String, OitVerdict>();
            for (var q : framework.questions()) {
                if (q.tool().equals(Framework.IIT)) {
                    iitScores.put(q.id(), Answers.ofScore(50 + random.nextDouble() * 50, 30L));
                } else {
                    ep.put(q.id(), Answers.ofScore(50 + random.nextDouble() * 50, 40L));
                    es.put(q.id(), Answers.ofScore(50 + random.nextDouble() * 50, 20L));
                }
            }
            for (var item : framework.oitItems()) {
                oit.put(item.id(), random.nextInt(10) < 8 ? OitVerdict.PASS : OitVerdict.FAIL);
            }
            agencies.add(new ScoringInput(iitScores, ep, es, oit, "SAO", "M"));
        }
    }

    @Benchmark
    public void countAndScoreAMillionResponses(Blackhole sink) {
        var iit = new ResponseTally(framework, Framework.IIT);
        var eit = new ResponseTally(framework, Framework.EIT);
        int width = iitSlots + eitSlots;
        for (int r = 0; r < RESPONSES; r++) {
            iit.add(responses, r * width);
            eit.add(responses, r * width + iitSlots);
        }
        sink.consume(scorer.score(new ScoringInput(iit.answers(), eit.answers(), null, null, "SAO", "M")));
    }

    // A parallel stream over the agencies was tried and was slower (538 ms against 364 ms): the work is
    // bound by allocation and garbage collection, which the second core was already doing.
    @Benchmark
    public void scoreTheImportedResultsOf7850Agencies(Blackhole sink) {
        for (var agency : agencies) {
            sink.consume(scorer.score(agency));
        }
    }
}
