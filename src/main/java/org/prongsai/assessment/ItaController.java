package org.prongsai.assessment;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.framework.Grades;
import org.prongsai.shared.CurrentAgency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The ITA dashboard, and the import of the NACC's results: upload, preview every row, then save all or nothing. */
@Controller
@RequestMapping("/admin/ita")
class ItaController {

    static final String PENDING = "prongsai.ita.pending-import";

    private final AssessmentManagement assessments;
    private final ResultTemplates templates;
    private final FrameworkCatalog frameworks;
    private final JsonMapper json;

    ItaController(
            AssessmentManagement assessments, ResultTemplates templates, FrameworkCatalog frameworks, JsonMapper json) {
        this.assessments = assessments;
        this.templates = templates;
        this.frameworks = frameworks;
        this.json = json;
    }

    /** An upload waiting for the person to confirm it, kept in their session. */
    record PendingImport(int year, String fileName, byte[] content) implements Serializable {}

    @GetMapping
    String showLatestYear() {
        var years = assessments.yearsWithResults(CurrentAgency.get());
        int year = years.isEmpty() ? frameworks.years().get(0) : years.get(0);
        return "redirect:/admin/ita/" + year;
    }

    @GetMapping("/{year}")
    String showDashboard(
            @PathVariable int year, @RequestParam(required = false) Double threshold, Model model, Locale locale) {
        var agency = CurrentAgency.get();
        var framework = assessments.framework(year);
        double limit = threshold == null || threshold < 0 || threshold > 100
                ? framework.grades().passMark()
                : threshold;
        model.addAttribute("year", year);
        model.addAttribute("years", frameworks.years());
        model.addAttribute("framework", framework);
        model.addAttribute("threshold", limit);
        var official = assessments.official(agency, year);
        model.addAttribute("official", official.orElse(null));
        if (official.isPresent()) {
            var breakdown = assessments.breakdown(agency, year).orElseThrow();
            model.addAttribute("breakdown", breakdown);
            model.addAttribute("weakPoints", assessments.weakPoints(agency, year, limit));
            var history = assessments.history(agency);
            model.addAttribute("historyChart", json.writeValueAsString(historyChart(history, locale)));
            model.addAttribute(
                    "indicatorChart", json.writeValueAsString(indicatorChart(year, history, framework, locale)));
            double shown = official.get().total() != null
                    ? official.get().total().doubleValue()
                    : breakdown.total().known() ? breakdown.total().value() : 0;
            model.addAttribute("shownTotal", org.prongsai.framework.Grades.shown(shown));
            // A published total its own data does not give is flagged, not hidden in the formula.
            model.addAttribute(
                    "totalDiffers",
                    official.get().total() != null
                            && breakdown.total().known()
                            && Math.abs(official.get().total().doubleValue()
                                            - breakdown.total().value())
                                    > 0.01);
            model.addAttribute("shownGrade", framework.grades().gradeOf(shown));
            model.addAttribute("shownPassed", framework.grades().passes(shown));
            if (framework.ratings() != null) {
                // The level beside the score (from 2568), from the figures the cards show.
                var tools = new java.util.LinkedHashMap<String, Double>();
                breakdown.tools().forEach((code, score) -> {
                    if (score.known()) {
                        tools.put(code, score.shown());
                    }
                });
                model.addAttribute("rating", framework.ratings().rate(shown, tools));
            }
        }
        return "assessment/dashboard";
    }

    @GetMapping("/{year}/import")
    String showImportForm(@PathVariable int year, Model model) {
        assessments.framework(year);
        model.addAttribute("year", year);
        return "assessment/import";
    }

    @PostMapping("/{year}/import")
    String previewImport(
            @PathVariable int year, @RequestParam("file") MultipartFile file, HttpSession session, Model model)
            throws IOException {
        model.addAttribute("year", year);
        try {
            var preview = assessments.preview(year, file.getOriginalFilename(), file.getBytes());
            model.addAttribute("preview", preview);
            model.addAttribute("texts", templates.texts(year, LocaleContextHolder.getLocale()));
            if (preview.canSave()) {
                session.setAttribute(PENDING, new PendingImport(year, file.getOriginalFilename(), file.getBytes()));
            } else {
                session.removeAttribute(PENDING);
            }
            return "assessment/import-preview";
        } catch (ResultFile.Unreadable e) {
            model.addAttribute("unreadable", e.key);
            model.addAttribute("unreadableArg", e.arguments.isEmpty() ? "" : e.arguments.get(0));
            return "assessment/import";
        }
    }

    /** The file's total against the one its rows give, both to two decimals. */
    private static RowProblem totalProblem(ImportPreview preview) {
        return new RowProblem(
                0,
                "value",
                "assessment.total.disagrees",
                List.of(
                        String.format(
                                Locale.ROOT, "%.2f", preview.result().total().doubleValue()),
                        String.format(Locale.ROOT, "%.2f", Grades.shown(preview.computedTotal()))));
    }

    @PostMapping("/{year}/import/confirm")
    String confirmImport(
            @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean confirmTotal,
            HttpSession session,
            RedirectAttributes redirect) {
        var pending = (PendingImport) session.getAttribute(PENDING);
        if (pending == null || pending.year() != year) {
            redirect.addFlashAttribute("failed", "assessment.import.nothing-pending");
            return "redirect:/admin/ita/" + year + "/import";
        }
        var saved = assessments.importOfficial(
                CurrentAgency.get(), year, pending.fileName(), pending.content(), confirmTotal);
        if (saved.canSave() && saved.totalDisagrees() && !confirmTotal) {
            // Kept pending: the preview asks again, with the box to tick.
            redirect.addFlashAttribute("failed", "assessment.total.confirm-first");
            return "redirect:/admin/ita/" + year + "/import";
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute(
                saved.canSave() ? "saved" : "failed",
                saved.canSave() ? "assessment.import.saved" : "assessment.import.not-saved");
        return "redirect:/admin/ita/" + year;
    }

    @GetMapping("/{year}/entry")
    String showEntryForm(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("framework", assessments.framework(year));
        model.addAttribute(
                "form",
                ResultEntryForm.of(
                        assessments.official(CurrentAgency.get(), year).orElse(null)));
        model.addAttribute("problems", Map.of());
        return "assessment/entry";
    }

    @PostMapping("/{year}/entry")
    String submitEntryForm(
            @PathVariable int year,
            @ModelAttribute("form") ResultEntryForm form,
            Model model,
            RedirectAttributes redirect) {
        var rows = form.rows();
        var saved = assessments.enterOfficial(CurrentAgency.get(), year, rows.rows(), form.confirmed());
        if (saved.canSave() && (!saved.totalDisagrees() || form.confirmed())) {
            redirect.addFlashAttribute("saved", "assessment.import.saved");
            return "redirect:/admin/ita/" + year;
        }
        // Said beside the field it is about; what was typed stays in the form.
        var problems = new LinkedHashMap<String, RowProblem>();
        if (saved.totalDisagrees()) {
            problems.put("total", totalProblem(saved));
            model.addAttribute("confirmTotal", true);
        }
        saved.problems().forEach(p -> problems.putIfAbsent(rows.field(p.line(), p.column()), p));
        model.addAttribute("year", year);
        model.addAttribute("framework", assessments.framework(year));
        model.addAttribute("problems", problems);
        return "assessment/entry";
    }

    @GetMapping("/{year}/template.csv")
    ResponseEntity<byte[]> downloadCsvTemplate(@PathVariable int year) {
        return download(templates.templateCsv(year), "ita-" + year + "-results.csv", "text/csv;charset=UTF-8");
    }

    /** The dashboard's tables as a workbook: summary, indicators and weak points, figures as shown. */
    @GetMapping("/{year}/results.xlsx")
    ResponseEntity<byte[]> downloadResults(
            @PathVariable int year, @RequestParam(required = false) Double threshold, Locale locale) {
        var agency = CurrentAgency.get();
        var framework = assessments.framework(year);
        var official = assessments.official(agency, year);
        if (official.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        var breakdown = assessments.breakdown(agency, year).orElseThrow();
        double limit = threshold == null || threshold < 0 || threshold > 100
                ? framework.grades().passMark()
                : threshold;
        Double shown = official.get().total() != null
                ? Grades.shown(official.get().total().doubleValue())
                : breakdown.total().shown();
        return download(
                ResultsWorkbook.write(framework, breakdown, shown, assessments.weakPoints(agency, year, limit), locale),
                "ita-" + year + "-results.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/{year}/template.xlsx")
    ResponseEntity<byte[]> downloadXlsxTemplate(@PathVariable int year) {
        return download(
                templates.templateXlsx(year),
                "ita-" + year + "-results.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }

    private static Map<String, Object> historyChart(List<YearSummary> history, Locale locale) {
        var labels =
                history.stream().map(h -> yearLabel(h.fiscalYear(), locale)).toList();
        var values = history.stream()
                .map(h -> h.officialTotal() != null ? h.officialTotal() : h.computedTotal())
                .toList();
        return Map.of("type", "line", "labels", labels, "series", List.of(Map.of("label", "ITA", "data", values)));
    }

    private static Map<String, Object> indicatorChart(
            int year, List<YearSummary> history, org.prongsai.framework.Framework framework, Locale locale) {
        var labels = framework.indicators().stream()
                .map(i -> i.number() + ". " + i.name().in(locale))
                .toList();
        var series = new ArrayList<Map<String, Object>>();
        for (int y : List.of(year - 1, year)) {
            history.stream().filter(h -> h.fiscalYear() == y).findFirst().ifPresent(h -> {
                var data = framework.indicators().stream()
                        .map(i -> h.indicators().get(i.number()))
                        .toList();
                var one = new LinkedHashMap<String, Object>();
                one.put("label", yearLabel(y, locale));
                one.put("data", data);
                series.add(one);
            });
        }
        return Map.of("type", "bar", "labels", labels, "series", series);
    }

    private static String yearLabel(int buddhistYear, Locale locale) {
        return "en".equals(locale.getLanguage()) ? "FY " + (buddhistYear - 543) : "ปี " + buddhistYear;
    }
}
