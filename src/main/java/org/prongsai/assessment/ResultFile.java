package org.prongsai.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.tika.Tika;
import org.prongsai.assessment.scoring.Channel;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.framework.Framework;

/**
 * Reads the NACC results template, as CSV (UTF-8, or TIS-620/Windows-874 as Thai Excel saves it) or as a
 * one-sheet .xlsx, and checks every row against the year's framework. Nothing here saves anything.
 */
final class ResultFile {

    static final List<String> COLUMNS = List.of("kind", "id", "channel", "value", "respondents");
    static final Charset THAI_WINDOWS = Charset.forName("x-windows-874");
    private static final long MAX_ROWS = 1_000;

    private ResultFile() {}

    /** Refused before any row is read: the whole file is unusable. */
    static final class Unreadable extends RuntimeException {
        final String key;
        final List<String> arguments;

        Unreadable(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments =
                    java.util.Arrays.stream(arguments).map(String::valueOf).toList();
        }
    }

    static List<ResultRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Unreadable("assessment.import.empty");
        }
        var type = new Tika().detect(content, fileName);
        if (type.startsWith("text/")) {
            return readCsv(decode(content));
        }
        if (type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                || type.equals("application/x-tika-ooxml")) {
            return readXlsx(content);
        }
        throw new Unreadable("assessment.import.wrong-type", type);
    }

    /** UTF-8 if the bytes are valid UTF-8, else Thai Windows (a superset of TIS-620), as Thai Excel writes. */
    static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xEF
                        && (content[1] & 0xff) == 0xBB
                        && (content[2] & 0xff) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, THAI_WINDOWS);
        }
    }

    private static List<ResultRow> readCsv(String text) {
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            var rows = new ArrayList<ResultRow>();
            boolean header = true;
            for (var record : parser) {
                if (header) {
                    checkHeader(record.toList());
                    header = false;
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new Unreadable("assessment.import.too-many-rows", MAX_ROWS);
                }
                var cells = record.toList();
                if (unfilled(cells)) {
                    continue;
                }
                rows.add(row((int) record.getRecordNumber(), cells));
            }
            if (header) {
                throw new Unreadable("assessment.import.empty");
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("assessment.import.unreadable", e.getMessage());
        }
    }

    private static List<ResultRow> readXlsx(byte[] content) {
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            // The template's instructions sheet aside, one sheet: several would be several agencies or years.
            var sheets = new ArrayList<org.apache.poi.ss.usermodel.Sheet>();
            workbook.forEach(s -> {
                if (!s.getSheetName().startsWith(INSTRUCTIONS_SHEET)) {
                    sheets.add(s);
                }
            });
            if (sheets.size() != 1) {
                throw new Unreadable("assessment.import.sheets", sheets.size());
            }
            var sheet = sheets.get(0);
            var format = new DataFormatter(Locale.ROOT);
            var rows = new ArrayList<ResultRow>();
            boolean header = true;
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < COLUMNS.size(); c++) {
                    var cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString());
                    } else {
                        cells.add(format.formatCellValue(cell).strip());
                    }
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header) {
                    checkHeader(cells);
                    header = false;
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new Unreadable("assessment.import.too-many-rows", MAX_ROWS);
                }
                if (unfilled(cells)) {
                    continue;
                }
                rows.add(row(row.getRowNum() + 1, cells));
            }
            if (header) {
                throw new Unreadable("assessment.import.empty");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("assessment.import.unreadable", e.getClass().getSimpleName());
        }
    }

    /** The sheet of the template that explains it, which the import skips. */
    static final String INSTRUCTIONS_SHEET = "คำอธิบาย";

    /**
     * A template line nobody filled in (its code, but no value and no respondents): skipped, so that a template
     * filled in part imports what was filled, instead of a hundred "missing value" refusals.
     */
    private static boolean unfilled(List<String> cells) {
        var value = cells.size() > 3 ? cells.get(3).strip() : "";
        var respondents = cells.size() > 4 ? cells.get(4).strip() : "";
        return value.isEmpty() && respondents.isEmpty();
    }

    /** The first row names the columns, in English or in the template's Thai. */
    private static void checkHeader(List<String> cells) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            var cell = c < cells.size() ? cells.get(c).toLowerCase(Locale.ROOT).replace("\ufeff", "") : "";
            if (!cell.contains(COLUMNS.get(c))) {
                throw new Unreadable("assessment.import.header", COLUMNS.get(c), c + 1);
            }
        }
    }

    private static ResultRow row(int line, List<String> cells) {
        var get = (java.util.function.IntFunction<String>)
                i -> i < cells.size() ? cells.get(i).strip() : "";
        return new ResultRow(
                line,
                get.apply(0).toLowerCase(Locale.ROOT),
                get.apply(1),
                get.apply(2).toUpperCase(Locale.ROOT),
                get.apply(3),
                get.apply(4));
    }

    /** Every problem of every row, and the result the rows make when there are none. */
    static ImportPreview check(Framework framework, String fileName, List<ResultRow> rows) {
        var problems = new ArrayList<RowProblem>();
        var questions = new LinkedHashMap<String, Map<String, OfficialResult.QuestionFigure>>();
        for (var channel : Channel.values()) {
            questions.put(channel.name(), new TreeMap<>());
        }
        var oit = new TreeMap<String, OitVerdict>();
        var indicators = new TreeMap<Integer, BigDecimal>();
        BigDecimal total = null;
        var seen = new HashSet<String>();
        for (var row : rows) {
            int line = row.line();
            if (!seen.add(row.kind() + "|" + row.id() + "|" + row.channel())) {
                problems.add(RowProblem.of(line, "id", "assessment.import.duplicate", row.id()));
                continue;
            }
            switch (row.kind()) {
                case "question" -> {
                    var question = framework.question(row.id());
                    if (question.isEmpty()) {
                        problems.add(RowProblem.of(
                                line, "id", "assessment.import.question.unknown", row.id(), framework.fiscalYear()));
                        continue;
                    }
                    var expected = Channel.of(question.get().tool()).stream()
                            .map(Channel::name)
                            .toList();
                    if (!expected.contains(row.channel())) {
                        problems.add(RowProblem.of(
                                line, "channel", "assessment.import.channel", row.id(), String.join("/", expected)));
                        continue;
                    }
                    var score = score(line, row.value(), problems);
                    var respondents = respondents(line, row.respondents(), problems);
                    if (score != null
                            && (respondents != null || row.respondents().isEmpty())) {
                        questions
                                .get(row.channel())
                                .put(row.id(), new OfficialResult.QuestionFigure(score, respondents));
                    }
                }
                case "oit" -> {
                    if (framework.oitItem(row.id()).isEmpty()) {
                        problems.add(RowProblem.of(
                                line, "id", "assessment.import.oit.unknown", row.id(), framework.fiscalYear()));
                        continue;
                    }
                    var verdict = verdict(row.value());
                    if (verdict == null) {
                        problems.add(RowProblem.of(line, "value", "assessment.import.oit.verdict", row.value()));
                    } else {
                        oit.put(row.id(), verdict);
                    }
                }
                case "indicator" -> {
                    Integer number = null;
                    try {
                        number = Integer.valueOf(row.id());
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                    if (number == null || framework.indicator(number).isEmpty()) {
                        problems.add(RowProblem.of(line, "id", "assessment.import.indicator.unknown", row.id()));
                        continue;
                    }
                    var score = score(line, row.value(), problems);
                    if (score != null) {
                        indicators.put(number, score);
                    }
                }
                case "total" -> total = score(line, row.value(), problems);
                default -> problems.add(RowProblem.of(line, "kind", "assessment.import.kind", row.kind()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(RowProblem.of(0, "kind", "assessment.import.no-rows"));
        }
        return new ImportPreview(
                framework.fiscalYear(),
                fileName,
                rows,
                problems,
                new OfficialResult(questions, oit, indicators, total));
    }

    private static BigDecimal score(int line, String text, List<RowProblem> problems) {
        try {
            var value = new BigDecimal(text.replace(",", ""));
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(RowProblem.of(line, "value", "assessment.import.score.range", text));
                return null;
            }
            return value.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problems.add(RowProblem.of(line, "value", "assessment.import.score.number", text));
            return null;
        }
    }

    private static Integer respondents(int line, String text, List<RowProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            var value = Integer.parseInt(text.replace(",", ""));
            if (value < 0) {
                problems.add(RowProblem.of(line, "respondents", "assessment.import.respondents.negative", text));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(RowProblem.of(line, "respondents", "assessment.import.respondents.number", text));
            return null;
        }
    }

    private static OitVerdict verdict(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "PASS", "ผ่าน", "มี", "100", "1" -> OitVerdict.PASS;
            case "FAIL", "ไม่ผ่าน", "ไม่มี", "0" -> OitVerdict.FAIL;
            case "NOT_APPLICABLE", "N/A", "NA", "ไม่เกี่ยวข้อง" -> OitVerdict.NOT_APPLICABLE;
            default -> null;
        };
    }
}
