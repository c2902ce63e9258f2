package org.prongsai.improvement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prongsai.improvement.Occurrence;
import org.prongsai.improvement.PlanDocument;
import org.prongsai.shared.BothLanguages;
import org.prongsai.shared.BuddhistDates;

/**
 * The plan and the measures board as a workbook, for the working group and the units: one line per measure
 * (its row's tool, indicator and issue beside it), and one line per occurrence with its state. Dates are written
 * as the agency writes them (dd/mm/B.E.), so that a sheet printed as it is reads right.
 */
final class PlanWorkbook {

    private PlanWorkbook() {}

    /** A header in both languages ("มาตรการ Measures"): the file goes to readers of either. */
    private static String label(String key) {
        return BothLanguages.of("improvement", "improvement.workbook." + key);
    }

    /**
     * @param words a message key in the agency's language (Thai): states and recurrences are written as words,
     *     not as codes such as PLANNED
     */
    static byte[] write(PlanDocument plan, List<Occurrence> board, LocalDate today, Function<String, String> words) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            var measures = workbook.createSheet(label("measures"));
            header(
                    measures.createRow(0),
                    bold,
                    label("row"),
                    label("tool"),
                    label("indicator"),
                    label("assessed"),
                    label("issue"),
                    label("measure"),
                    label("responsible-unit"),
                    label("responsible"),
                    label("starts"),
                    label("due"),
                    label("recurrence"),
                    label("output"),
                    label("oit-items"));
            for (int r = 0; r < plan.rows().size(); r++) {
                var row = plan.rows().get(r);
                var list = row.measures().isEmpty() ? List.<PlanDocument.Measure>of() : row.measures();
                if (list.isEmpty()) {
                    line(measures, wrap, r + 1, row, null, words);
                }
                for (var m : list) {
                    line(measures, wrap, r + 1, row, m, words);
                }
            }
            measures.createFreezePane(0, 1);
            for (int c = 0; c < 13; c++) {
                measures.setColumnWidth(c, c >= 3 && c <= 5 ? 40 * 256 : 16 * 256);
            }

            var occurrences = workbook.createSheet(label("tracking"));
            header(
                    occurrences.createRow(0),
                    bold,
                    label("measure"),
                    label("unit"),
                    label("time"),
                    label("due"),
                    label("status"),
                    label("done-on"),
                    label("late"));
            for (var o : board) {
                var x = occurrences.createRow(occurrences.getLastRowNum() + 1);
                x.createCell(0).setCellValue(o.measure());
                x.getCell(0).setCellStyle(wrap);
                x.createCell(1).setCellValue(o.unit() == null ? "" : o.unit());
                x.createCell(2).setCellValue((o.position() + 1) + "/" + o.occurrences());
                x.createCell(3).setCellValue(BuddhistDates.format(o.dueOn()));
                x.createCell(4)
                        .setCellValue(
                                o.dropped()
                                        ? words.apply("improvement.track.dropped")
                                        : words.apply("improvement.track.status."
                                                + o.status().name()));
                x.createCell(5).setCellValue(BuddhistDates.format(o.doneOn()));
                x.createCell(6).setCellValue(o.lateOn(today) ? "✓" : "");
            }
            occurrences.createFreezePane(0, 1);
            occurrences.setColumnWidth(0, 50 * 256);
            occurrences.setColumnWidth(1, 24 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(
            org.apache.poi.ss.usermodel.Sheet sheet,
            CellStyle wrap,
            int rowNumber,
            PlanDocument.Row row,
            PlanDocument.Measure m,
            Function<String, String> words) {
        var x = sheet.createRow(sheet.getLastRowNum() + 1);
        x.createCell(0).setCellValue(rowNumber);
        x.createCell(1).setCellValue(row.tool());
        x.createCell(2).setCellValue(row.indicatorLabel() != null ? row.indicatorLabel() : row.indicator());
        text(x, 3, row.assessment(), wrap);
        text(x, 4, row.issue(), wrap);
        if (m == null) {
            return;
        }
        text(x, 5, m.text(), wrap);
        x.createCell(6).setCellValue(m.unit() == null ? "" : m.unit());
        x.createCell(7).setCellValue(m.responsible() == null ? "" : m.responsible());
        x.createCell(8).setCellValue(BuddhistDates.format(m.startsOn()));
        x.createCell(9).setCellValue(BuddhistDates.format(m.dueOn()));
        x.createCell(10)
                .setCellValue(
                        m.recurrence() == null
                                ? ""
                                : words.apply("improvement.recurrence."
                                        + m.recurrence().name()));
        x.createCell(11).setCellValue(m.expectedOutput() == null ? "" : m.expectedOutput());
        x.createCell(12).setCellValue(m.oitItems() == null ? "" : String.join(", ", m.oitItems()));
    }

    private static void text(Row row, int column, String text, CellStyle wrap) {
        var cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(wrap);
    }

    private static void header(Row row, CellStyle bold, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
        }
    }
}
