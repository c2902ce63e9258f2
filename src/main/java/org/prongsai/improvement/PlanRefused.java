package org.prongsai.improvement;

import java.util.List;

/**
 * A plan that cannot be saved or issued: every problem, each a message key with its arguments. As a
 * {@link org.prongsai.shared.Refusal} it is the first problem, so whatever handles refusals handles it too.
 */
public class PlanRefused extends org.prongsai.shared.Refusal {

    public record Problem(String where, String key, List<String> arguments) implements java.io.Serializable {
        public String arg(int i) {
            return i < arguments.size() ? arguments.get(i) : "";
        }

        /** The row of the attachment it is about (from "rows[3]…"), counted from 1, or null. */
        public Integer getRow() {
            return number("rows\\[(\\d+)]");
        }

        /** The measure within that row (from "….measures[1]"), counted from 1, or null. */
        public Integer getMeasure() {
            return number("measures\\[(\\d+)]");
        }

        /** The field of that measure it is about ("dueOn"), or null. */
        public String getField() {
            var m = java.util.regex.Pattern.compile("measures\\[\\d+]\\.(\\w+)$")
                    .matcher(where == null ? "" : where);
            return m.find() ? m.group(1) : null;
        }

        private Integer number(String pattern) {
            var m = java.util.regex.Pattern.compile(pattern).matcher(where == null ? "" : where);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
    }

    /** A typed date (dd/mm/B.E.), or null with the reason added to the problems, named by where it was typed. */
    public static java.time.LocalDate readDate(String where, String text, List<Problem> problems) {
        try {
            return org.prongsai.shared.BuddhistDates.parse(text);
        } catch (org.prongsai.shared.BuddhistDates.Refused e) {
            problems.add(new Problem(where, e.key(), List.of(e.argument())));
            return null;
        }
    }

    private final List<Problem> problems;

    public PlanRefused(List<Problem> problems) {
        super(
                problems.get(0).where(),
                problems.get(0).key(),
                problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
