package org.prongsai.assessment;

import java.util.Map;
import org.prongsai.framework.Framework;

/**
 * A results file like the one the reference agency would have had for ITA 2566: good overall, weak on the
 * questions its announcement lists (IIT 7, 8, 19, 21, 24; EP 10, 11, 14; ES 2, 6, 7, 10, 15; OIT 24).
 */
final class ResultFixture {

    static final Map<String, Double> WEAK = Map.ofEntries(
            Map.entry("IIT:i7", 60.0),
            Map.entry("IIT:i8", 65.0),
            Map.entry("IIT:i19", 70.0),
            Map.entry("IIT:i21", 72.0),
            Map.entry("IIT:i24", 74.0),
            Map.entry("EP:e10", 70.0),
            Map.entry("EP:e11", 75.0),
            Map.entry("EP:e14", 78.0),
            Map.entry("ES:e2", 70.0),
            Map.entry("ES:e6", 72.0),
            Map.entry("ES:e7", 73.0),
            Map.entry("ES:e10", 71.0),
            Map.entry("ES:e15", 76.0));

    private ResultFixture() {}

    static String csv(Framework framework, double good) {
        var out = new StringBuilder("kind,id,channel,value,respondents\n");
        for (var q : framework.questions()) {
            var channels = q.tool().equals(Framework.IIT) ? new String[] {"IIT"} : new String[] {"EP", "ES"};
            for (var channel : channels) {
                var score = WEAK.getOrDefault(channel + ":" + q.id(), good);
                out.append("question,")
                        .append(q.id())
                        .append(',')
                        .append(channel)
                        .append(',')
                        .append(score)
                        .append(',')
                        .append(channel.equals("IIT") ? 25 : 30)
                        .append('\n');
            }
        }
        for (var item : framework.oitItems()) {
            out.append("oit,")
                    .append(item.id())
                    .append(",,")
                    .append(item.id().equals("O24") ? "FAIL" : "PASS")
                    .append(",\n");
        }
        // The total the NACC would publish for these rows: the engine's, to two decimals.
        out.append("total,,,").append(total(framework, good)).append(",\n");
        return out.toString();
    }

    static String total(Framework framework, double good) {
        var channels = new java.util.HashMap<String, Map<String, org.prongsai.assessment.scoring.Answers>>();
        for (var q : framework.questions()) {
            var names = q.tool().equals(Framework.IIT) ? new String[] {"IIT"} : new String[] {"EP", "ES"};
            for (var channel : names) {
                channels.computeIfAbsent(channel, k -> new java.util.HashMap<>())
                        .put(
                                q.id(),
                                org.prongsai.assessment.scoring.Answers.ofScore(
                                        WEAK.getOrDefault(channel + ":" + q.id(), good),
                                        channel.equals("IIT") ? 25L : 30L));
            }
        }
        var oit = new java.util.HashMap<String, org.prongsai.assessment.scoring.OitVerdict>();
        framework
                .oitItems()
                .forEach(item -> oit.put(
                        item.id(),
                        item.id().equals("O24")
                                ? org.prongsai.assessment.scoring.OitVerdict.FAIL
                                : org.prongsai.assessment.scoring.OitVerdict.PASS));
        var total = new org.prongsai.assessment.scoring.Scorer(framework)
                .score(new org.prongsai.assessment.scoring.ScoringInput(
                        channels.get("IIT"), channels.get("EP"), channels.get("ES"), oit, null, null))
                .total()
                .value();
        return String.format(java.util.Locale.ROOT, "%.2f", org.prongsai.framework.Grades.shown(total));
    }
}
