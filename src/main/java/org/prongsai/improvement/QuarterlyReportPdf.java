package org.prongsai.improvement;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.prongsai.document.ThaiPdf;
import org.prongsai.shared.ThaiFormat;

/** The quarterly report as a PDF with its chart; plain Java, so the benchmark can time it alone. */
public final class QuarterlyReportPdf {

    private QuarterlyReportPdf() {}

    public static byte[] render(String name, QuarterlyReport report) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var pdf = ThaiPdf.a4(out)) {
            pdf.title(digits(OfficialWords.of("improvement.report.pdf.title")));
            pdf.centeredBold(
                    digits(OfficialWords.of("improvement.report.pdf.quarter", report.quarter(), report.planYear())));
            pdf.centered(name);
            pdf.centered(OfficialWords.of(
                    "improvement.report.pdf.period",
                    ThaiFormat.officialDateInText(report.from()),
                    ThaiFormat.officialDateInText(report.to())));
            pdf.space(6);
            if (!report.byUnit().isEmpty()) {
                pdf.image(chart(report.byUnit()), 15f);
            }
            var byIndicator =
                    pdf.table(new float[] {5, 2, 2, 2, 2}, columns("indicator", "due", "done", "late", "percent"));
            report.byIndicator()
                    .forEach(l -> byIndicator.row(
                            digits(l.label()),
                            digits(l.due()),
                            digits(l.done()),
                            digits(l.late()),
                            digits(l.percentDone())));
            byIndicator.end();
            pdf.space(8);
            var byUnit = pdf.table(new float[] {5, 2, 2, 2, 2}, columns("unit", "due", "done", "late", "percent"));
            report.byUnit()
                    .forEach(l -> byUnit.row(
                            l.label(), digits(l.due()), digits(l.done()), digits(l.late()), digits(l.percentDone())));
            byUnit.end();
            pdf.space(8);
            var late = pdf.table(new float[] {6, 3, 3}, columns("late-measure", "unit", "due-on"));
            report.late()
                    .forEach(o -> late.row(digits(o.measure()), o.unit(), ThaiFormat.officialDateInText(o.dueOn())));
            if (report.late().isEmpty()) {
                late.row("-", "-", "-");
            }
            late.end();
            pdf.space(8);
            var evidence = pdf.table(new float[] {3, 5, 4}, columns("date", "progress", "evidence"));
            report.evidence()
                    .forEach(e -> evidence.row(
                            ThaiFormat.officialDateInText(
                                    e.writtenAt().atZone(ThaiFormat.BANGKOK).toLocalDate()),
                            digits(e.measure() + "\n" + e.note()),
                            (e.file() == null ? "" : e.file()) + (e.link() == null ? "" : "\n" + e.link())));
            if (report.evidence().isEmpty()) {
                evidence.row("-", "-", "-");
            }
            evidence.end();
            pdf.space(24);
            if (report.acknowledged()) {
                pdf.signatureLines(
                        OfficialWords.of("improvement.report.pdf.acknowledged"),
                        "(" + report.acknowledgedBy() + ")",
                        ThaiFormat.officialDate(report.acknowledgedAt()
                                .atZone(ThaiFormat.BANGKOK)
                                .toLocalDate()));
            } else {
                pdf.signatureLines(
                        OfficialWords.of("improvement.report.pdf.sign"),
                        OfficialWords.of("improvement.report.pdf.sign-date"));
            }
        }
        return out.toByteArray();
    }

    /** Done and late per unit, as a bar chart with Thai labels. */
    private static byte[] chart(List<QuarterlyReport.Line> lines) {
        var data = new DefaultCategoryDataset();
        for (var line : lines) {
            data.addValue(line.done(), OfficialWords.of("improvement.report.pdf.done"), line.label());
            data.addValue(line.late(), OfficialWords.of("improvement.report.pdf.late"), line.label());
        }
        var chart = ChartFactory.createBarChart(
                null,
                null,
                OfficialWords.of("improvement.report.pdf.times"),
                data,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        var font = ThaiChartFont.get();
        chart.getLegend().setItemFont(font);
        chart.setBackgroundPaint(Color.WHITE);
        var plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x1d, 0x4e, 0x89));
        renderer.setSeriesPaint(1, new Color(0xc9, 0x3a, 0x3a));
        BufferedImage image = chart.createBufferedImage(1200, 120 + 70 * lines.size());
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A table's column headings, from the bundle's improvement.report.pdf.* words. */
    private static List<String> columns(String... keys) {
        return java.util.Arrays.stream(keys)
                .map(k -> OfficialWords.of("improvement.report.pdf." + k))
                .toList();
    }

    private static String digits(Object value) {
        return ThaiFormat.thaiDigits(String.valueOf(value));
    }

    /** Sarabun for the chart's labels, loaded once. */
    private static final class ThaiChartFont {
        private static volatile Font font;

        static Font get() {
            if (font == null) {
                try (var in = QuarterlyReports.class
                        .getClassLoader()
                        .getResourceAsStream("static/fonts/Sarabun-Regular.ttf")) {
                    font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(26f);
                } catch (IOException | java.awt.FontFormatException e) {
                    throw new IllegalStateException(e);
                }
            }
            return font;
        }
    }
}
