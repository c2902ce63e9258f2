package org.prongsai.framework;

import java.util.List;
import java.util.Map;

/**
 * A framework's rating levels, from 2568 on (ผ่านดีเยี่ยม / ผ่านดี / ผ่าน): the best level whose every
 * condition the shown figures meet, else {@code otherwise}. A condition whose minimum is not known
 * ({@code null}) is not checked, and the rating says it is provisional, as it is when a condition rests on
 * low confidence.
 */
public record Ratings(List<Level> levels, Level otherwise, Provenance provenance) {

    /** What a condition is about: the total, one tool, or every tool. */
    public static final List<String> SUBJECTS = List.of("TOTAL", "EACH_TOOL", "IIT", "EIT", "OIT");

    public record Level(String code, Text name, List<Condition> conditions) {
        public Level {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    public record Condition(String of, Double minimum, Provenance provenance) {

        boolean sure() {
            var confidence = provenance == null || provenance.confidence() == null ? "" : provenance.confidence();
            return minimum != null && !confidence.startsWith("low") && !confidence.startsWith("unknown");
        }

        /** Met, or not checkable (an unknown minimum, a tool without a score). */
        boolean metBy(double total, Map<String, Double> tools) {
            if (minimum == null) {
                return true;
            }
            return switch (of) {
                case "TOTAL" -> total >= minimum;
                case "EACH_TOOL" -> tools.values().stream().allMatch(s -> s >= minimum);
                default -> !tools.containsKey(of) || tools.get(of) >= minimum;
            };
        }
    }

    /** The level and whether it is provisional (a condition used or passed over was not known for sure). */
    public record Rating(Level level, boolean provisional) {}

    /** Rates shown figures: the total and the tools' scores as published, to two decimals. */
    public Rating rate(double total, Map<String, Double> tools) {
        boolean provisional = false;
        for (var level : levels) {
            boolean met = true;
            for (var condition : level.conditions()) {
                provisional |= !condition.sure();
                met &= condition.metBy(total, tools);
            }
            if (met) {
                return new Rating(level, provisional);
            }
        }
        return new Rating(otherwise, provisional);
    }
}
