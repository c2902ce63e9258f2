package org.prongsai.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.prongsai.framework.Framework;

/**
 * The readiness page's chart: for each OIT sub-indicator, how many items are complete, incomplete and out of
 * date, as one stacked bar. The page's chart script draws it from this data (no inline script).
 */
final class ReadinessChart {

    private ReadinessChart() {}

    static Map<String, Object> of(Framework framework, List<ItemStatus> catalogue, Locale locale, Labels labels) {
        var names = new ArrayList<String>();
        var counts = new LinkedHashMap<ItemStatus.State, List<Integer>>();
        for (var state : ItemStatus.State.values()) {
            counts.put(state, new ArrayList<>());
        }
        for (var sub : framework.subIndicators()) {
            var items = catalogue.stream()
                    .filter(s -> sub.code().equals(s.item().subIndicator()))
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            names.add(sub.code() + " " + sub.name().in(locale));
            counts.forEach((state, data) -> data.add(
                    (int) items.stream().filter(s -> s.state() == state).count()));
        }
        var series = new ArrayList<Map<String, Object>>();
        counts.forEach((state, data) ->
                series.add(Map.of("label", labels.of(state), "data", data, "colour", COLOURS.get(state))));
        return Map.of("type", "bar", "horizontal", true, "stacked", true, "labels", names, "series", series);
    }

    /** The state names in the reader's language. */
    interface Labels {
        String of(ItemStatus.State state);
    }

    // Green, amber and grey, each with at least 3:1 contrast against white (WCAG 1.4.11).
    private static final Map<ItemStatus.State, String> COLOURS = Map.of(
            ItemStatus.State.COMPLETE, "#1e6b37",
            ItemStatus.State.INCOMPLETE, "#b35c00",
            ItemStatus.State.STALE, "#5f6b7a");
}
