package org.prongsai.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The figure people see, the grade and pass or fail agree for any score: the grade is the band of the shown figure. */
class ShownFigureProperties {

    private static final Grades GRADES = new Grades(
            List.of(
                    new Grades.Band("AA", 95),
                    new Grades.Band("A", 85),
                    new Grades.Band("B", 75),
                    new Grades.Band("C", 65),
                    new Grades.Band("D", 55),
                    new Grades.Band("E", 50),
                    new Grades.Band("F", 0)),
            85,
            null);

    /** What the dashboard and the PDFs print: the shown score with two decimals. */
    private static String printed(double score) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(Grades.shown(score));
    }

    /** The band a reader finds for the printed figure, in exact decimals. */
    private static String bandOf(String printed) {
        var figure = new BigDecimal(printed);
        return GRADES.bands().stream()
                .filter(b -> figure.compareTo(BigDecimal.valueOf(b.minimum())) >= 0)
                .findFirst()
                .orElseThrow()
                .grade();
    }

    @Property(tries = 2000)
    void theGradeIsTheBandOfTheShownFigure(@ForAll @DoubleRange(min = 0, max = 100) double score) {
        var printed = printed(score);
        assertThat(GRADES.gradeOf(score)).as(printed).isEqualTo(bandOf(printed));
        assertThat(GRADES.passes(score))
                .as(printed)
                .isEqualTo(new BigDecimal(printed).compareTo(BigDecimal.valueOf(85)) >= 0);
    }

    @Property(tries = 2000)
    void scoresNearABandEdgeAgreeToo(
            @ForAll @DoubleRange(min = -0.01, max = 0.01) double offset, @ForAll("edges") double edge) {
        double score = Math.max(0, edge + offset);
        var printed = printed(score);
        assertThat(GRADES.gradeOf(score)).as(printed).isEqualTo(bandOf(printed));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Double> edges() {
        return net.jqwik.api.Arbitraries.of(95.0, 85.0, 75.0, 65.0, 55.0, 50.0);
    }

    @Example
    void halfAHundredthBelowTheBandIsShownAtTheBandAndGradedSo() {
        assertThat(printed(84.995)).isEqualTo("85.00");
        assertThat(GRADES.gradeOf(84.995)).isEqualTo("A");
        assertThat(GRADES.passes(84.995)).isTrue();
        assertThat(printed(84.994999)).isEqualTo("84.99");
        assertThat(GRADES.gradeOf(84.994999)).isEqualTo("B");
        assertThat(GRADES.passes(84.994999)).isFalse();
    }
}
