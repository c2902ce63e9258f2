package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.prongsai.assessment.WeakPoint;
import org.prongsai.framework.Framework;

/**
 * The first draft of a plan's attachment from the assessed year's weak points, as a plain rule: one row per weak
 * question or item with the NACC's recommendation as the issue to fix, grouped by tool and indicator in the
 * framework's order, the questions in the order people count them (ES2, ES6, ES10), and, when asked for,
 * "ควรรักษามาตรฐานไว้" for an indicator with none.
 */
final class WeakPointDraft {

    private WeakPointDraft() {}

    static List<PlanDocument.Row> rows(Framework framework, List<WeakPoint> weak, boolean keepStandardRows) {
        var rows = new ArrayList<PlanDocument.Row>();
        for (var tool : PlanDocument.TOOLS) {
            for (var indicator : framework.indicators()) {
                var channel =
                        switch (tool) {
                            case "EIT-EP" -> "EP";
                            case "EIT-ES" -> "ES";
                            default -> tool;
                        };
                if (!indicator.tool().equals(tool.startsWith("EIT") ? "EIT" : tool)) {
                    continue;
                }
                var points = weak.stream()
                        .filter(w -> w.channel().equals(channel) && w.indicator() == indicator.number())
                        .sorted(Comparator.comparing((WeakPoint w) -> questionNumber(w.id()))
                                .thenComparing(WeakPoint::id))
                        .toList();
                var label = "ตัวชี้วัดที่ " + indicator.number() + " "
                        + indicator.name().th();
                if (points.isEmpty()) {
                    if (keepStandardRows
                            && (!tool.equals("EIT-ES") && !tool.equals("EIT-EP") || channel.equals("EP"))) {
                        rows.add(new PlanDocument.Row(
                                tool,
                                Integer.toString(indicator.number()),
                                label,
                                null,
                                "ควรรักษามาตรฐานไว้",
                                "-",
                                null,
                                List.of()));
                    }
                    continue;
                }
                for (var point : points) {
                    var reference = point.wholeIndicator()
                            ? "ตัวชี้วัดที่ " + point.indicator()
                            : point.channel().equals("OIT")
                                    ? point.id()
                                    : (point.channel().equals("IIT") ? "ข้อ " : "ข้อ " + point.channel() + " ")
                                            + point.id().substring(1);
                    var text = point.text() == null || point.text().th() == null
                            ? ""
                            : " " + point.text().th();
                    var issue = point.recommendation() == null
                                    || point.recommendation().th() == null
                            ? ""
                            : point.recommendation().th();
                    rows.add(new PlanDocument.Row(
                            tool,
                            Integer.toString(indicator.number()),
                            label,
                            point.id(),
                            reference + text,
                            issue,
                            null,
                            List.of()));
                }
            }
        }
        return rows;
    }

    /** The number in a question or item code (i7, e10, O24), to order them as people count: 2, 6, 10. */
    static int questionNumber(String id) {
        var digits = id == null ? "" : id.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
