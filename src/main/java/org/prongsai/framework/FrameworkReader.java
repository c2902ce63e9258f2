package org.prongsai.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a framework file and checks it makes sense as a whole: a broken file is refused with the file, the
 * place and the field, never half-loaded. Plain Java, so the benchmark and tools can use it too.
 */
public final class FrameworkReader {

    private static final Set<String> TOOLS = Set.of(Framework.IIT, Framework.EIT, Framework.OIT);

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public Framework read(String file, byte[] content) {
        Framework framework;
        try {
            framework = json.readValue(content, Framework.class);
        } catch (DatabindException e) {
            throw new FrameworkException(file, place(e), field(e), e.getOriginalMessage());
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new FrameworkException(
                    file,
                    location == null ? "?" : "line " + location.getLineNr() + ", column " + location.getColumnNr(),
                    null,
                    e.getOriginalMessage());
        }
        check(file, framework);
        return framework;
    }

    public String write(Framework framework) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(framework);
    }

    private static void check(String file, Framework f) {
        require(file, "framework", "schema", f.schema() == 1, "only schema 1 is known");
        require(
                file,
                "framework",
                "fiscalYear",
                f.fiscalYear() >= 2560 && f.fiscalYear() <= 2700,
                "not a B.E. fiscal year");
        require(file, "framework", "tools", f.tools() != null && !f.tools().isEmpty(), "missing");
        require(
                file,
                "framework",
                "indicators",
                f.indicators() != null && !f.indicators().isEmpty(),
                "missing");
        require(file, "framework", "questions", f.questions() != null, "missing");
        require(file, "framework", "oitItems", f.oitItems() != null, "missing");
        require(file, "framework", "scales", f.scales() != null && !f.scales().isEmpty(), "missing");
        require(file, "framework", "aggregation", f.aggregation() != null, "missing");
        require(file, "framework", "grades", f.grades() != null, "missing");
        require(file, "framework", "minimumSamples", f.minimumSamples() != null, "missing");

        var toolCodes = new HashSet<String>();
        for (int i = 0; i < f.tools().size(); i++) {
            var t = f.tools().get(i);
            var place = "tools[" + i + "]";
            require(file, place, "code", TOOLS.contains(t.code()), "must be IIT, EIT or OIT, not " + t.code());
            require(file, place, "code", toolCodes.add(t.code()), "tool " + t.code() + " appears twice");
            require(file, place, "weight", t.weight() > 0 && t.weight() <= 100, "must be above 0 and at most 100");
            require(file, place, "name", t.name() != null && t.name().th() != null, "needs a Thai name");
        }
        require(file, "tools", "code", toolCodes.equals(TOOLS), "IIT, EIT and OIT are all needed");

        var numbers = new HashSet<Integer>();
        for (int i = 0; i < f.indicators().size(); i++) {
            var ind = f.indicators().get(i);
            var place = "indicators[" + i + "]";
            require(file, place, "number", numbers.add(ind.number()), "indicator " + ind.number() + " appears twice");
            require(file, place, "tool", toolCodes.contains(ind.tool()), "unknown tool " + ind.tool());
            require(file, place, "name", ind.name() != null && ind.name().th() != null, "needs a Thai name");
        }
        var subCodes = new HashSet<String>();
        for (int i = 0; i < f.subIndicators().size(); i++) {
            var sub = f.subIndicators().get(i);
            var place = "subIndicators[" + i + "]";
            require(file, place, "code", subCodes.add(sub.code()), "sub-indicator " + sub.code() + " appears twice");
            require(
                    file,
                    place,
                    "indicator",
                    numbers.contains(sub.indicator()),
                    "unknown indicator " + sub.indicator());
        }
        f.scales().forEach((name, scale) -> {
            var place = "scales." + name;
            require(
                    file,
                    place,
                    "options",
                    scale.options() != null && scale.options().size() >= 2,
                    "needs two options or more");
            for (int i = 0; i < scale.options().size(); i++) {
                var score = scale.options().get(i).score();
                require(
                        file,
                        place + ".options[" + i + "]",
                        "score",
                        score >= 0 && score <= 100,
                        "must be within 0-100");
            }
        });

        var ids = new HashSet<String>();
        for (int i = 0; i < f.questions().size(); i++) {
            var q = f.questions().get(i);
            var place = "questions[" + i + "] (" + q.id() + ")";
            require(file, place, "id", q.id() != null && ids.add(q.id()), "missing or repeated id");
            require(file, place, "indicator", numbers.contains(q.indicator()), "unknown indicator " + q.indicator());
            var indicator = f.indicator(q.indicator()).orElseThrow();
            require(
                    file,
                    place,
                    "tool",
                    indicator.tool().equals(q.tool()),
                    "indicator " + q.indicator() + " belongs to " + indicator.tool());
            require(file, place, "scale", f.scales().containsKey(q.scale()), "unknown scale " + q.scale());
            require(file, place, "direction", q.direction() != null, "missing");
            boolean yesNo = q.direction() == Direction.YES_GOOD || q.direction() == Direction.NO_GOOD;
            require(
                    file,
                    place,
                    "direction",
                    !yesNo || f.scales().get(q.scale()).options().size() == 2,
                    "yes/no directions need a two-answer scale");
            require(file, place, "text", q.text() != null, "missing");
        }
        for (int i = 0; i < f.oitItems().size(); i++) {
            var o = f.oitItems().get(i);
            var place = "oitItems[" + i + "] (" + o.id() + ")";
            require(file, place, "id", o.id() != null && ids.add(o.id()), "missing or repeated id");
            require(
                    file,
                    place,
                    "subIndicator",
                    subCodes.contains(o.subIndicator()),
                    "unknown sub-indicator " + o.subIndicator());
            require(
                    file,
                    place,
                    "indicator",
                    numbers.contains(o.indicator())
                            && f.indicator(o.indicator()).orElseThrow().tool().equals(Framework.OIT),
                    "must be an OIT indicator");
            for (var meaning : o.meanings()) {
                require(
                        file,
                        place,
                        "meanings",
                        meaning != null && meaning.matches("[a-z][a-z0-9-]{1,40}"),
                        "a meaning is a key of lower-case letters, digits and dashes, not " + meaning);
            }
        }
        checkRatings(file, f);
        for (var ind : f.indicators()) {
            boolean hasContent = ind.tool().equals(Framework.OIT)
                    ? !f.itemsOf(ind.number()).isEmpty()
                    : !f.questionsOf(ind.number()).isEmpty();
            require(
                    file,
                    "indicators (" + ind.number() + ")",
                    "number",
                    hasContent,
                    "indicator has no questions or items");
        }

        var bands = f.grades().bands();
        require(file, "grades", "bands", bands != null && !bands.isEmpty(), "missing");
        var grades = new HashSet<String>();
        for (int i = 0; i < bands.size(); i++) {
            var b = bands.get(i);
            require(
                    file,
                    "grades.bands[" + i + "]",
                    "minimum",
                    b.minimum() >= 0 && b.minimum() <= 100,
                    "must be within 0-100");
            require(
                    file,
                    "grades.bands[" + i + "]",
                    "grade",
                    grades.add(b.grade()),
                    "grade " + b.grade() + " appears twice");
            if (i > 0) {
                require(
                        file,
                        "grades.bands[" + i + "]",
                        "minimum",
                        b.minimum() < bands.get(i - 1).minimum(),
                        "bands must go from the best grade down");
            }
        }
        require(
                file,
                "grades.bands[" + (bands.size() - 1) + "]",
                "minimum",
                bands.get(bands.size() - 1).minimum() == 0,
                "the lowest band must start at 0");
        require(
                file,
                "grades",
                "passMark",
                f.grades().passMark() > 0 && f.grades().passMark() <= 100,
                "must be within 0-100");
        for (int i = 0; i < f.minimumSamples().rules().size(); i++) {
            var rule = f.minimumSamples().rules().get(i);
            require(
                    file,
                    "minimumSamples.rules[" + i + "]",
                    "size",
                    List.of("S", "M", "L").contains(rule.size()),
                    "must be S, M or L");
        }
    }

    private static void checkRatings(String file, Framework f) {
        if (f.ratings() == null) {
            return;
        }
        var levels = f.ratings().levels();
        require(file, "ratings", "levels", levels != null && !levels.isEmpty(), "missing");
        require(
                file,
                "ratings",
                "otherwise",
                f.ratings().otherwise() != null && f.ratings().otherwise().name() != null,
                "the level of whoever meets no other is needed");
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            var place = "ratings.levels[" + i + "]";
            require(file, place, "name", level.name() != null && level.name().th() != null, "needs a Thai name");
            for (var c : level.conditions()) {
                require(file, place, "conditions.of", Ratings.SUBJECTS.contains(c.of()), "unknown subject " + c.of());
                require(
                        file,
                        place,
                        "conditions.minimum",
                        c.minimum() == null || (c.minimum() >= 0 && c.minimum() <= 100),
                        "must be within 0-100, or null when not known");
            }
        }
    }

    private static void require(String file, String place, String field, boolean condition, String problem) {
        if (!condition) {
            throw new FrameworkException(file, place, field, problem);
        }
    }

    private static String place(DatabindException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        var location = e.getLocation();
        var where = location == null ? "" : " (line " + location.getLineNr() + ")";
        return (path.isEmpty() ? "framework" : path.toString()) + where;
    }

    private static String field(DatabindException e) {
        var path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getPropertyName() != null) {
                return path.get(i).getPropertyName();
            }
        }
        return null;
    }
}
