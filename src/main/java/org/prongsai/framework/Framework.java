package org.prongsai.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fiscal year's ITA framework, as shipped in {@code frameworks/ita-<year>.json} or made by an administrator.
 * {@code oitDeadline}, when known, is the day by which agencies must give the NACC their OIT URLs; {@code ratings},
 * from 2568 on, the levels shown beside the score (null before).
 */
public record Framework(
        int schema,
        int fiscalYear,
        Text title,
        Provenance provenance,
        List<Tool> tools,
        List<Indicator> indicators,
        List<SubIndicator> subIndicators,
        Map<String, Scale> scales,
        List<Question> questions,
        List<OitItem> oitItems,
        Aggregation aggregation,
        Grades grades,
        MinimumSamples minimumSamples,
        java.time.LocalDate oitDeadline,
        Ratings ratings) {

    public static final String IIT = "IIT";
    public static final String EIT = "EIT";
    public static final String OIT = "OIT";

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<OitItem> oitItem(String id) {
        return oitItems.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Tool> tool(String code) {
        return tools.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(int number) {
        return indicators.stream().filter(i -> i.number() == number).findFirst();
    }

    public List<Indicator> indicatorsOf(String tool) {
        return indicators.stream().filter(i -> i.tool().equals(tool)).toList();
    }

    public List<Question> questionsOf(int indicator) {
        return questions.stream().filter(q -> q.indicator() == indicator).toList();
    }

    /** The items about a meaning ({@code improvement-plan} is O42 in 2566 and O25 in 2569); often one, maybe none. */
    public List<OitItem> itemsMeaning(String meaning) {
        return oitItems.stream().filter(o -> o.means(meaning)).toList();
    }

    public List<OitItem> itemsOf(int indicator) {
        return oitItems.stream().filter(o -> o.indicator() == indicator).toList();
    }

    public List<SubIndicator> subIndicatorsOf(int indicator) {
        return subIndicators.stream().filter(s -> s.indicator() == indicator).toList();
    }

    public Scale scaleOf(Question question) {
        return scales.get(question.scale());
    }

    /** The points each answer of the question gives, in the scale's order, after its direction. */
    public double[] pointsOf(Question question) {
        var options = scaleOf(question).options();
        var points = new double[options.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = switch (question.direction()) {
                case NORMAL, YES_GOOD -> options.get(i).score();
                case REVERSE, NO_GOOD -> options.get(options.size() - 1 - i).score();
            };
        }
        return points;
    }

    Framework with(
            int fiscalYear,
            Text title,
            Provenance provenance,
            List<Tool> tools,
            List<Question> questions,
            List<OitItem> oitItems,
            Grades grades,
            java.time.LocalDate oitDeadline) {
        return new Framework(
                schema,
                fiscalYear,
                title,
                provenance,
                tools,
                indicators,
                subIndicators,
                scales,
                questions,
                oitItems,
                aggregation,
                grades,
                minimumSamples,
                oitDeadline,
                ratings);
    }

    Framework withRatings(Ratings changed) {
        return new Framework(
                schema,
                fiscalYear,
                title,
                provenance,
                tools,
                indicators,
                subIndicators,
                scales,
                questions,
                oitItems,
                aggregation,
                grades,
                minimumSamples,
                oitDeadline,
                changed);
    }

    /**
     * How sure the data is, value by value: how many of its sourced values (tools, questions, OIT items and
     * their elements, grades, method, samples, rating conditions) are high, medium, low, unknown, or copied
     * or edited, so that whoever obtains the NACC's manual knows where to start.
     */
    public java.util.SortedMap<String, Integer> confidence() {
        var all = new java.util.ArrayList<Provenance>();
        all.add(provenance);
        tools.forEach(t -> all.add(t.provenance()));
        questions.forEach(q -> all.add(q.provenance()));
        oitItems.forEach(o -> {
            all.add(o.provenance());
            if (!o.requiredElements().isEmpty()) {
                all.add(o.elementsProvenance());
            }
        });
        all.add(grades.provenance());
        all.add(aggregation.provenance());
        all.add(minimumSamples.provenance());
        if (ratings != null) {
            all.add(ratings.provenance());
            ratings.levels().forEach(l -> l.conditions().forEach(c -> all.add(c.provenance())));
        }
        var counts = new java.util.TreeMap<String, Integer>();
        all.forEach(p -> counts.merge(Provenance.bucketOf(p), 1, Integer::sum));
        return counts;
    }

    Framework withOitItems(List<OitItem> items) {
        return with(fiscalYear, title, provenance, tools, questions, items, grades, oitDeadline);
    }
}
