package org.prongsai.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prongsai.assessment.scoring.Breakdown;
import org.prongsai.framework.Framework;
import org.prongsai.framework.Grades;
import org.prongsai.shared.BothLanguages;

/**
 * The dashboard's tables as a workbook, for the working group's meeting: the total with its grade, every
 * indicator, and the weak points with what each would add. Figures are numbers (two decimals as shown), so
 * that people can sort and chart them.
 */
final class ResultsWorkbook {

    private ResultsWorkbook() {}

    /** A header in both languages ("สรุป Summary"): the file goes to readers of either. */
    private static String label(String key) {
        return BothLanguages.of("assessment", "assessment.workbook." + key);
    }

    static byte[] write(
            Framework framework, Breakdown breakdown, Double shownTotal, List<WeakPoint> weak, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            var summary = workbook.createSheet(label("summary"));
            header(summary.createRow(0), bold, label("fiscal-year"), label("total"), label("grade"), label("passed"));
            var s = summary.createRow(1);
            s.createCell(0).setCellValue(framework.fiscalYear());
            figure(s, 1, shownTotal, number);
            s.createCell(2)
                    .setCellValue(shownTotal == null ? "" : framework.grades().gradeOf(shownTotal));
            s.createCell(3)
                    .setCellValue(shownTotal != null && framework.grades().passes(shownTotal) ? "✓" : "");
            for (var tool : framework.tools()) {
                var t = summary.createRow(summary.getLastRowNum() + 1);
                t.createCell(0).setCellValue(tool.code() + " " + tool.name().in(locale));
                figure(t, 1, breakdown.tools().get(tool.code()).shown(), number);
            }

            var indicators = workbook.createSheet(label("indicators"));
            header(
                    indicators.createRow(0),
                    bold,
                    label("indicator"),
                    label("tool"),
                    label("name"),
                    label("score"),
                    label("formula"));
            for (var indicator : framework.indicators()) {
                var score = breakdown.indicators().get(indicator.number());
                var r = indicators.createRow(indicators.getLastRowNum() + 1);
                r.createCell(0).setCellValue(indicator.number());
                r.createCell(1).setCellValue(indicator.tool());
                r.createCell(2).setCellValue(indicator.name().in(locale));
                figure(r, 3, score.shown(), number);
                r.createCell(4).setCellValue(score.formula());
            }

            var points = workbook.createSheet(label("weak-points"));
            header(
                    points.createRow(0),
                    bold,
                    label("channel"),
                    label("item"),
                    label("question"),
                    label("score"),
                    label("last-year"),
                    label("adds-to-total"),
                    label("recommendation"),
                    label("cited-oit-items"));
            for (var w : weak) {
                var r = points.createRow(points.getLastRowNum() + 1);
                r.createCell(0).setCellValue(w.channel());
                r.createCell(1).setCellValue(w.wholeIndicator() ? "ตัวชี้วัดที่ " + w.indicator() : w.id());
                r.createCell(2).setCellValue(w.text() == null ? "" : w.text().in(locale));
                figure(r, 3, Grades.shown(w.score()), number);
                figure(r, 4, w.previousScore() == null ? null : Grades.shown(w.previousScore()), number);
                figure(r, 5, Grades.shown(w.gain()), number);
                r.createCell(6)
                        .setCellValue(
                                w.recommendation() == null || w.recommendation().th() == null
                                        ? ""
                                        : w.recommendation().in(locale));
                r.createCell(7).setCellValue(String.join(", ", w.citedOitItems()));
            }
            for (var sheet : List.of(summary, indicators, points)) {
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < 8; c++) {
                    sheet.setColumnWidth(c, (c == 2 || c == 6 ? 60 : 18) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, CellStyle bold, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(bold);
        }
    }

    private static void figure(Row row, int column, Double value, CellStyle number) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(number);
        }
    }
}
