package org.prongsai.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.StaffIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's corrections to a framework for this deployment: texts, recommendations, weights and
 * grade bands, and new fiscal years made by copying. Each change is audited; reverting returns to the
 * shipped file, which is never edited.
 */
@Service
public class FrameworkAdministration {

    private final FrameworkCatalog catalog;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    private final AgencyManagement agencies;

    FrameworkAdministration(
            FrameworkCatalog catalog, AuditTrail audit, ApplicationEventPublisher events, AgencyManagement agencies) {
        this.catalog = catalog;
        this.audit = audit;
        this.events = events;
        this.agencies = agencies;
    }

    /**
     * The framework is every agency's: its correction is written in every agency's audit trail, so that each
     * administrator sees who changed what their pages and scores now show.
     */
    private void recordEverywhere(String action, String entityType, Object entityId, Object before, Object after) {
        for (var agency : agencies.all()) {
            audit.record(new AgencyId(agency.id()), action, entityType, entityId, before, after);
        }
    }

    @Transactional
    public void changeQuestion(int year, String id, Text text, Text recommendation) {
        var f = get(year);
        var before = f.question(id).orElseThrow(() -> new Refusal(null, "framework.admin.unknown-item", id));
        var questions = new ArrayList<Question>();
        for (var q : f.questions()) {
            questions.add(
                    q.id().equals(id)
                            ? new Question(
                                    q.id(),
                                    q.tool(),
                                    q.indicator(),
                                    clean(text),
                                    q.subItems(),
                                    q.scale(),
                                    q.direction(),
                                    clean(recommendation),
                                    q.provenance(),
                                    edited())
                            : q);
        }
        save(
                with(f, questions, f.oitItems(), f.tools(), f.grades()),
                year,
                "question " + id,
                Map.of("text", before.text(), "recommendation", before.recommendation()),
                Map.of("text", clean(text), "recommendation", clean(recommendation)));
    }

    @Transactional
    public void changeOitItem(int year, String id, Text name, Text recommendation) {
        var f = get(year);
        var before = f.oitItem(id).orElseThrow(() -> new Refusal(null, "framework.admin.unknown-item", id));
        var items = new ArrayList<OitItem>();
        for (var o : f.oitItems()) {
            items.add(o.id().equals(id) ? o.withTexts(clean(name), clean(recommendation)) : o);
        }
        save(
                with(f, f.questions(), items, f.tools(), f.grades()),
                year,
                "oit " + id,
                Map.of("name", before.name(), "recommendation", before.recommendation()),
                Map.of("name", clean(name), "recommendation", clean(recommendation)));
    }

    @Transactional
    public void changeWeightsAndGrades(
            int year, Map<String, Double> weights, List<Grades.Band> bands, double passMark) {
        var f = get(year);
        var tools = new ArrayList<Tool>();
        for (var t : f.tools()) {
            var weight = weights.get(t.code());
            if (weight == null || weight <= 0 || weight > 100) {
                throw new Refusal(null, "framework.admin.weight", t.code());
            }
            tools.add(new Tool(t.code(), t.name(), weight, t.channels(), edited()));
        }
        var grades = new Grades(bands, passMark, edited());
        try {
            save(
                    with(f, f.questions(), f.oitItems(), tools, grades),
                    year,
                    "weights and grades",
                    Map.of(
                            "tools",
                            f.tools().stream()
                                    .map(t -> t.code() + "=" + t.weight())
                                    .toList(),
                            "grades",
                            f.grades()),
                    Map.of(
                            "tools",
                            tools.stream().map(t -> t.code() + "=" + t.weight()).toList(),
                            "grades",
                            grades));
        } catch (FrameworkException e) {
            throw new Refusal(null, "framework.admin.grades", e.getMessage());
        }
    }

    /**
     * The minimums of the rating levels, condition by condition; a blank one is not known (and not checked).
     * A changed minimum says it was set by whom; an unchanged one keeps its source.
     */
    @Transactional
    public void changeRatings(int year, List<List<Double>> minimums) {
        var f = get(year);
        if (f.ratings() == null) {
            throw new Refusal(null, "framework.admin.no-ratings", year);
        }
        var levels = new ArrayList<Ratings.Level>();
        for (int i = 0; i < f.ratings().levels().size(); i++) {
            var level = f.ratings().levels().get(i);
            var conditions = new ArrayList<Ratings.Condition>();
            for (int j = 0; j < level.conditions().size(); j++) {
                var c = level.conditions().get(j);
                Double minimum = i < minimums.size() && j < minimums.get(i).size()
                        ? minimums.get(i).get(j)
                        : c.minimum();
                if (minimum != null && (minimum < 0 || minimum > 100)) {
                    throw new Refusal(null, "framework.admin.rating-minimum", minimum);
                }
                conditions.add(
                        java.util.Objects.equals(minimum, c.minimum())
                                ? c
                                : new Ratings.Condition(
                                        c.of(),
                                        minimum,
                                        minimum == null
                                                ? new Provenance("cleared by " + actor(), "unknown")
                                                : edited()));
            }
            levels.add(new Ratings.Level(level.code(), level.name(), conditions));
        }
        // A better level cannot ask less of the total than a lesser one.
        Double above = null;
        String better = null;
        for (var level : levels) {
            var total = level.conditions().stream()
                    .filter(c -> c.of().equals("TOTAL") && c.minimum() != null)
                    .map(Ratings.Condition::minimum)
                    .findFirst()
                    .orElse(null);
            if (total != null && above != null && total > above) {
                throw new Refusal(
                        null,
                        "framework.admin.rating-order",
                        better + " (" + above + ") < " + level.name().th() + " (" + total + ")");
            }
            if (total != null) {
                above = total;
                better = level.name().th();
            }
        }
        var changed = new Ratings(levels, f.ratings().otherwise(), f.ratings().provenance());
        save(
                f.withRatings(changed),
                year,
                "rating levels",
                Map.of("ratings", minimumsOf(f.ratings())),
                Map.of("ratings", minimumsOf(changed)));
    }

    private static List<String> minimumsOf(Ratings ratings) {
        var out = new ArrayList<String>();
        ratings.levels()
                .forEach(l -> l.conditions().forEach(c -> out.add(l.code() + " " + c.of() + " ≥ " + c.minimum())));
        return out;
    }

    /** The day the NACC wants the year's OIT URLs by, as announced; the readiness page counts down to it. */
    @Transactional
    public void changeOitDeadline(int year, java.time.LocalDate deadline) {
        var f = get(year);
        var fiscal = org.prongsai.shared.FiscalYear.of(year);
        if (deadline != null
                && (deadline.isBefore(fiscal.start())
                        || deadline.isAfter(fiscal.end().plusYears(1)))) {
            throw new Refusal(null, "framework.admin.deadline", year);
        }
        var changed = f.with(
                f.fiscalYear(),
                f.title(),
                f.provenance(),
                f.tools(),
                f.questions(),
                f.oitItems(),
                f.grades(),
                deadline);
        save(
                changed,
                year,
                "OIT deadline",
                Map.of("deadline", String.valueOf(f.oitDeadline())),
                Map.of("deadline", String.valueOf(deadline)));
    }

    /** Starts a new fiscal year from an existing one; the copy says where it came from. */
    @Transactional
    public void copy(int fromYear, int toYear) {
        var f = get(fromYear);
        if (catalog.find(toYear).isPresent()) {
            throw new Refusal(null, "framework.admin.year-exists", toYear);
        }
        if (toYear < 2560 || toYear > 2700) {
            throw new Refusal(null, "framework.admin.year-invalid", toYear);
        }
        var copy = f.with(
                toYear,
                new Text(
                        replaceYear(f.title().th(), fromYear, toYear),
                        replaceYear(f.title().en(), fromYear - 543, toYear - 543)),
                new Provenance(
                        "copied from the " + fromYear + " framework by " + actor() + ", not verified",
                        "copied, not verified"),
                f.tools(),
                f.questions(),
                f.oitItems(),
                f.grades(),
                null);
        catalog.saveEdition(copy, fromYear, actor());
        recordEverywhere("copy", "framework", toYear, Map.of("from", fromYear), Map.of("to", toYear));
        events.publishEvent(new FrameworkChanged(toYear));
    }

    /** Back to the shipped file; a year made by copying is removed. */
    @Transactional
    public void revert(int year) {
        get(year);
        catalog.deleteEdition(year);
        recordEverywhere("revert", "framework", year, Map.of("edited", true), Map.of("edited", false));
        events.publishEvent(new FrameworkChanged(year));
    }

    private Framework get(int year) {
        return catalog.find(year).orElseThrow(() -> new Refusal(null, "framework.admin.no-framework", year));
    }

    private void save(Framework changed, int year, String what, Object before, Object after) {
        var basedOn = catalog.entries().stream()
                .filter(e -> e.fiscalYear() == year && e.basedOn() != null)
                .map(FrameworkCatalog.Entry::basedOn)
                .findFirst()
                .orElse(year);
        catalog.saveEdition(changed, basedOn, actor());
        recordEverywhere("update", "framework", year + " " + what, before, after);
        events.publishEvent(new FrameworkChanged(year));
    }

    private static Framework with(
            Framework f, List<Question> questions, List<OitItem> items, List<Tool> tools, Grades grades) {
        return f.with(f.fiscalYear(), f.title(), f.provenance(), tools, questions, items, grades, f.oitDeadline());
    }

    private static Provenance edited() {
        return new Provenance("edited by " + actor(), "as the administrator judged");
    }

    private static String actor() {
        return StaffIdentity.current().map(StaffIdentity::displayName).orElse("system");
    }

    private static Text clean(Text text) {
        if (text == null) {
            return new Text(null, null);
        }
        return new Text(blankToNull(text.th()), blankToNull(text.en()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String replaceYear(String text, int from, int to) {
        return text == null ? null : text.replace(Integer.toString(from), Integer.toString(to));
    }
}
