package org.prongsai.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manual entry form: the figures of a results file typed into the fields of the year's questions, OIT
 * items and indicators. Fields are named as they bind: {@code scores[IIT.i7]}, {@code respondents[IIT.i7]},
 * {@code oit[O1]}, {@code indicators[2]}, {@code total}.
 */
record ResultEntryForm(
        Map<String, String> scores,
        Map<String, String> respondents,
        Map<String, String> oit,
        Map<String, String> indicators,
        String total,
        Boolean confirmTotal) {

    ResultEntryForm {
        scores = scores == null ? Map.of() : scores;
        respondents = respondents == null ? Map.of() : respondents;
        oit = oit == null ? Map.of() : oit;
        indicators = indicators == null ? Map.of() : indicators;
    }

    /** The box confirming a total that the rows do not give (unticked, the field is not sent). */
    boolean confirmed() {
        return Boolean.TRUE.equals(confirmTotal);
    }

    /** The form as the saved results fill it, or empty. */
    static ResultEntryForm of(OfficialResult result) {
        var scores = new LinkedHashMap<String, String>();
        var respondents = new LinkedHashMap<String, String>();
        var oit = new LinkedHashMap<String, String>();
        var indicators = new LinkedHashMap<String, String>();
        if (result == null) {
            return new ResultEntryForm(scores, respondents, oit, indicators, null, false);
        }
        result.questions()
                .forEach((channel, figures) -> figures.forEach((id, figure) -> {
                    scores.put(channel + "." + id, figure.score().toPlainString());
                    if (figure.respondents() != null) {
                        respondents.put(channel + "." + id, figure.respondents().toString());
                    }
                }));
        result.oit().forEach((id, verdict) -> oit.put(id, verdict.name()));
        result.indicators().forEach((n, score) -> indicators.put(String.valueOf(n), score.toPlainString()));
        return new ResultEntryForm(
                scores,
                respondents,
                oit,
                indicators,
                result.total() == null ? null : result.total().toPlainString(),
                false);
    }

    /** Each filled field as a numbered row, checked as a file's would be, and the field each row came from. */
    record Rows(List<ResultRow> rows, Map<Integer, String> fieldOfLine) {

        /** The field a problem of this line and column is about; a respondents problem is its own field's. */
        String field(int line, String column) {
            var field = fieldOfLine.getOrDefault(line, "total");
            return column.equals("respondents") && field.startsWith("scores[")
                    ? "respondents[" + field.substring("scores[".length())
                    : field;
        }
    }

    Rows rows() {
        var rows = new ArrayList<ResultRow>();
        var fields = new LinkedHashMap<Integer, String>();
        scores.forEach((key, value) -> {
            var parts = key.split("\\.", 2);
            if (!blank(value) && parts.length == 2) {
                add(
                        rows,
                        fields,
                        "scores[" + key + "]",
                        line -> new ResultRow(
                                line,
                                "question",
                                parts[1],
                                parts[0],
                                value.strip(),
                                respondents.getOrDefault(key, "").strip()));
            }
        });
        oit.forEach((id, value) -> {
            if (!blank(value)) {
                add(rows, fields, "oit[" + id + "]", line -> new ResultRow(line, "oit", id, "", value.strip(), ""));
            }
        });
        indicators.forEach((n, value) -> {
            if (!blank(value)) {
                add(
                        rows,
                        fields,
                        "indicators[" + n + "]",
                        line -> new ResultRow(line, "indicator", n, "", value.strip(), ""));
            }
        });
        if (!blank(total)) {
            add(rows, fields, "total", line -> new ResultRow(line, "total", "", "", total.strip(), ""));
        }
        return new Rows(rows, fields);
    }

    private static void add(
            List<ResultRow> rows,
            Map<Integer, String> fields,
            String field,
            java.util.function.IntFunction<ResultRow> row) {
        int line = rows.size() + 1;
        rows.add(row.apply(line));
        fields.put(line, field);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
