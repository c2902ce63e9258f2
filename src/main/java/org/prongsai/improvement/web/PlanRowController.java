package org.prongsai.improvement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.improvement.PlanDocument;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rows of a plan's attachment and their measures: open a row, save it (by its id), add room for several
 * measures, reuse another row's measure, add a row where its tool belongs, remove one, drop a measure.
 */
@Controller
@RequestMapping("/admin/plans")
class PlanRowController {

    private final ImprovementManagement improvement;
    private final Clock clock;

    PlanRowController(ImprovementManagement improvement, Clock clock) {
        this.improvement = improvement;
        this.clock = clock;
    }

    @GetMapping("/{year}/rows/{index}")
    String showRowForm(@PathVariable int year, @PathVariable int index, Model model) {
        var plan = improvement.plan(CurrentAgency.get(), year).orElse(null);
        if (plan == null || index < 0 || index >= plan.rows().size()) {
            return "redirect:/admin/plans/" + year;
        }
        @SuppressWarnings("unchecked")
        var flashed = (List<PlanRefused.Problem>) model.getAttribute("problems");
        var row = plan.rows().get(index);
        return rowForm(year, index, row, RowForm.of(row), flashed == null ? List.of() : flashed, model);
    }

    /**
     * The row form: {@code form} holds the blocks shown, exactly as typed after a refusal (emptied measures
     * included, so that what was typed stays beside its own measure); the row as saved gives the drop forms.
     */
    private String rowForm(
            int year,
            int index,
            PlanDocument.Row saved,
            RowForm form,
            List<PlanRefused.Problem> problems,
            Model model) {
        model.addAttribute("year", year);
        model.addAttribute("index", index);
        model.addAttribute("row", saved);
        model.addAttribute("form", form);
        model.addAttribute("savedMeasures", saved.measures());
        model.addAttribute("otherMeasures", otherMeasures(year, saved));
        model.addAttribute("units", improvement.units(CurrentAgency.get()));
        model.addAttribute("recurrences", PlanDocument.Recurrence.values());
        model.addAttribute("problems", problems);
        return "improvement/row-form";
    }

    /** The plan's measures in other rows, to reuse here (the reference repeats several across rows). */
    private List<ReusableMeasure> otherMeasures(int year, PlanDocument.Row here) {
        var plan = improvement.plan(CurrentAgency.get(), year).orElseThrow();
        var out = new ArrayList<ReusableMeasure>();
        for (int r = 0; r < plan.rows().size(); r++) {
            var row = plan.rows().get(r);
            if (row.id() != null && row.id().equals(here.id())) {
                continue;
            }
            for (var m : row.measures()) {
                if (m.id() != null
                        && here.measures().stream().noneMatch(h -> h.text().equals(m.text()))) {
                    out.add(new ReusableMeasure(m.id(), r + 1, row.tool(), m.text()));
                }
            }
        }
        return out;
    }

    record ReusableMeasure(UUID id, int rowNumber, String tool, String text) {}

    /**
     * Saves one row of the attachment. The row and each measure are named by their id, carried in the form,
     * so that an edit made while someone else changed the plan still lands on the right row and measures; a
     * measure whose text is emptied is removed, which is refused when work was tracked against it.
     */
    @PostMapping("/{year}/rows/{index}")
    String submitRowForm(
            @PathVariable int year,
            @PathVariable int index,
            @ModelAttribute("form") RowForm form,
            @RequestParam(required = false) String addMeasures,
            @RequestParam(required = false) String reuse,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var plan = improvement.plan(agency, year).orElse(null);
        if (plan == null) {
            return "redirect:/admin/plans/" + year;
        }
        var rowId = form.id();
        int at = rowId == null ? index : -1;
        for (int r = 0; rowId != null && r < plan.rows().size(); r++) {
            if (rowId.equals(plan.rows().get(r).id())) {
                at = r;
            }
        }
        if (at < 0 || at >= plan.rows().size()) {
            redirect.addFlashAttribute("failed", "improvement.row.gone");
            return "redirect:/admin/plans/" + year;
        }
        var saved = plan.rows().get(at);
        // More empty measures, or a copy of another row's measure to adjust: the form comes back as typed with
        // them added, and nothing is saved until Save.
        if (addMeasures != null) {
            var roomier = form.withEmptyMeasures(3);
            model.addAttribute("notice", "improvement.row.not-saved-yet");
            model.addAttribute("focusMeasure", form.measures().size());
            return rowForm(year, at, saved, roomier, List.of(), model);
        }
        if (reuse != null) {
            var copied = RowForm.uuid(form.reuseMeasureId());
            var measure = plan.rows().stream()
                    .flatMap(r -> r.measures().stream())
                    .filter(m -> m.id() != null && m.id().equals(copied))
                    .findFirst();
            if (measure.isEmpty()) {
                return rowForm(
                        year,
                        at,
                        saved,
                        form,
                        List.of(new PlanRefused.Problem(
                                "reuseMeasureId", "improvement.measure.reuse.choose", List.of())),
                        model);
            }
            var withCopy = form.withCopyOf(measure.get(), LocalDate.now(clock));
            model.addAttribute("notice", "improvement.row.not-saved-yet");
            model.addAttribute("focusMeasure", withCopy.lastFilled());
            return rowForm(year, at, saved, withCopy, List.of(), model);
        }
        var problems = new ArrayList<PlanRefused.Problem>();
        var row = form.toRow(saved, at + 1, problems);
        var rows = new ArrayList<>(plan.rows());
        rows.set(at, row);
        try {
            if (!problems.isEmpty()) {
                throw new PlanRefused(problems);
            }
            improvement.save(agency, plan.withRows(rows));
        } catch (PlanRefused refused) {
            return rowForm(year, at, saved, form, refused.problems(), model);
        }
        redirect.addFlashAttribute("saved", "improvement.plan.saved");
        // The page opens at the row, below the message at its top: the row says it was saved too.
        redirect.addFlashAttribute("savedRow", at);
        return "redirect:/admin/plans/" + year + "#row-" + at;
    }

    /**
     * Adds a row (an empty plan has none) where its tool belongs in the attachment, and opens it to add its
     * measures.
     */
    @PostMapping("/{year}/rows")
    String addRow(
            @PathVariable int year,
            @RequestParam(defaultValue = "") String tool,
            @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String issue,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var plan = improvement.plan(agency, year).orElse(null);
        if (plan == null) {
            return "redirect:/admin/plans/" + year;
        }
        if (!indicator.strip().matches("\\d{1,2}(\\.\\d{1,2})?") || !PlanDocument.TOOLS.contains(tool)) {
            redirect.addFlashAttribute(
                    "problems",
                    List.of(new PlanRefused.Problem("rows", "improvement.row.indicator-invalid", List.of(indicator))));
            return "redirect:/admin/plans/" + year;
        }
        int toolOrder = PlanDocument.TOOLS.indexOf(tool);
        int at = 0;
        while (at < plan.rows().size()
                && PlanDocument.TOOLS.indexOf(plan.rows().get(at).tool()) <= toolOrder) {
            at++;
        }
        var rows = new ArrayList<>(plan.rows());
        rows.add(
                at,
                new PlanDocument.Row(
                        tool,
                        indicator.strip(),
                        null,
                        reference.isBlank() ? null : reference.strip(),
                        // What was assessed, as the attachment's second column says it: the question or item.
                        reference.strip(),
                        issue.strip(),
                        null,
                        List.of()));
        try {
            improvement.save(agency, plan.withRows(rows));
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
            return "redirect:/admin/plans/" + year;
        }
        redirect.addFlashAttribute("saved", "improvement.row.added");
        return "redirect:/admin/plans/" + year + "/rows/" + at;
    }

    /**
     * Removes a row added by mistake. Its measures go with it, unless work was tracked against one: then the
     * removal is refused, as an edit that left the measure out would be, and the measure is dropped instead.
     */
    @PostMapping("/{year}/rows/{index}/delete")
    String deleteRow(
            @PathVariable int year,
            @PathVariable int index,
            @RequestParam(defaultValue = "") String rowId,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var plan = improvement.plan(agency, year).orElse(null);
        if (plan == null
                || index < 0
                || index >= plan.rows().size()
                || !String.valueOf(plan.rows().get(index).id()).equals(rowId)) {
            redirect.addFlashAttribute("failed", "improvement.row.gone");
            return "redirect:/admin/plans/" + year;
        }
        var rows = new ArrayList<>(plan.rows());
        rows.remove(index);
        try {
            improvement.save(agency, plan.withRows(rows));
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
            return "redirect:/admin/plans/" + year + "/rows/" + index;
        }
        redirect.addFlashAttribute("saved", "improvement.row.deleted");
        return "redirect:/admin/plans/" + year;
    }

    /** Drops a measure with a reason: it leaves the plan, and what was done against it stays on record. */
    @PostMapping("/{year}/measures/{measureId}/drop")
    String dropMeasure(
            @PathVariable int year,
            @PathVariable UUID measureId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "0") int index,
            RedirectAttributes redirect) {
        try {
            improvement.dropMeasure(CurrentAgency.get(), year, measureId, reason);
            redirect.addFlashAttribute("saved", "improvement.measure.dropped");
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/plans/" + year + "/rows/" + index;
    }
}
