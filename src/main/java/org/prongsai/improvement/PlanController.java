package org.prongsai.improvement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The improvement plan in the back office: start it, word it, edit its rows, print and issue it. */
@Controller
@RequestMapping("/admin/plans")
class PlanController {

    private final ImprovementManagement improvement;
    private final WorkingGroup workingGroup;

    PlanController(ImprovementManagement improvement, WorkingGroup workingGroup) {
        this.improvement = improvement;
        this.workingGroup = workingGroup;
    }

    @GetMapping
    String showCurrentPlan() {
        return "redirect:/admin/plans/" + FiscalYear.containing(LocalDate.now(org.prongsai.shared.ThaiFormat.BANGKOK));
    }

    @GetMapping("/{year}")
    String showPlan(@PathVariable int year, Model model) {
        var agency = CurrentAgency.get();
        model.addAttribute("year", year);
        model.addAttribute("plan", improvement.plan(agency, year).orElse(null));
        model.addAttribute("announcements", improvement.announcements(agency, year));
        if (!model.containsAttribute("membersText")) {
            model.addAttribute(
                    "membersText",
                    workingGroup.members(agency, year).stream()
                            .map(m -> m.name() + " | " + (m.title() == null ? "" : m.title()) + " | " + m.role())
                            .collect(java.util.stream.Collectors.joining("\n")));
        }
        return "improvement/plan";
    }

    @PostMapping("/{year}/members")
    String submitMembers(
            @PathVariable int year,
            @RequestParam(defaultValue = "") String members,
            Model model,
            RedirectAttributes redirect) {
        try {
            workingGroup.replace(CurrentAgency.get(), year, WorkingGroup.parse(members));
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("membersText", members);
            return showPlan(year, model);
        }
        redirect.addFlashAttribute("saved", "improvement.members.saved");
        return "redirect:/admin/plans/" + year;
    }

    @PostMapping("/{year}/start")
    String startPlan(
            @PathVariable int year,
            @RequestParam(defaultValue = "weak-points") String from,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        try {
            var draft = from.equals("empty")
                    ? ImprovementManagement.emptyPlan(year)
                    : improvement.startFromWeakPoints(agency, year);
            improvement.save(agency, draft);
            redirect.addFlashAttribute("saved", "improvement.plan.started");
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        } catch (org.prongsai.framework.NoFramework e) {
            redirect.addFlashAttribute(
                    "problems",
                    List.of(new PlanRefused.Problem(
                            "plan", "improvement.plan.no-results", List.of(String.valueOf(e.year())))));
        }
        return "redirect:/admin/plans/" + year;
    }

    @PostMapping("/{year}/details")
    String submitDetails(
            @PathVariable int year,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate announcedOn,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerPosition,
            @RequestParam(required = false) Integer meetingNumber,
            @RequestParam(required = false) Integer meetingYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingHeldOn,
            @RequestParam(defaultValue = "") String meetingPlace,
            @RequestParam(defaultValue = "") String meetingResolution,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var plan = improvement
                .plan(agency, year)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        var paragraphs = Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        var changed = new PlanDocument(
                plan.planYear(),
                plan.assessedYear(),
                subject.strip(),
                paragraphs,
                plan.headings(),
                announcedOn,
                signerName.isBlank() ? null : new PlanDocument.Signer(signerName.strip(), signerPosition.strip()),
                meetingHeldOn == null && meetingNumber == null
                        ? null
                        : new PlanDocument.Meeting(
                                meetingNumber,
                                meetingYear,
                                meetingHeldOn,
                                meetingPlace.strip(),
                                null,
                                meetingResolution.strip()),
                plan.rows());
        try {
            improvement.save(agency, changed);
        } catch (PlanRefused refused) {
            model.addAttribute("year", year);
            model.addAttribute("plan", changed);
            model.addAttribute("announcements", improvement.announcements(agency, year));
            model.addAttribute("problems", refused.problems());
            return "improvement/plan";
        }
        redirect.addFlashAttribute("saved", "improvement.plan.saved");
        return "redirect:/admin/plans/" + year;
    }

    @GetMapping("/{year}/rows/{index}")
    String showRowForm(@PathVariable int year, @PathVariable int index, Model model) {
        var plan = improvement.plan(CurrentAgency.get(), year).orElseThrow();
        if (index < 0 || index >= plan.rows().size()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return rowForm(year, index, plan.rows().get(index), List.of(), model);
    }

    private String rowForm(int year, int index, PlanDocument.Row row, List<PlanRefused.Problem> problems, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("index", index);
        model.addAttribute("row", row);
        var measures = new ArrayList<>(row.measures());
        measures.add(new PlanDocument.Measure("", "", "", null, null, PlanDocument.Recurrence.NONE, "", List.of()));
        model.addAttribute("measures", measures);
        model.addAttribute("units", improvement.units(CurrentAgency.get()));
        model.addAttribute("recurrences", PlanDocument.Recurrence.values());
        model.addAttribute("problems", problems);
        return "improvement/row-form";
    }

    @PostMapping("/{year}/rows/{index}")
    String submitRowForm(
            @PathVariable int year,
            @PathVariable int index,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var plan = improvement.plan(agency, year).orElseThrow();
        var old = plan.rows().get(index);
        var measures = new ArrayList<PlanDocument.Measure>();
        for (int m = 0; form.containsKey("m" + m + ".text"); m++) {
            var text = form.get("m" + m + ".text").strip();
            if (text.isEmpty()) {
                continue;
            }
            measures.add(new PlanDocument.Measure(
                    text,
                    form.getOrDefault("m" + m + ".unit", ""),
                    form.getOrDefault("m" + m + ".responsible", "").strip(),
                    date(form.get("m" + m + ".startsOn")),
                    date(form.get("m" + m + ".dueOn")),
                    PlanDocument.Recurrence.valueOf(form.getOrDefault("m" + m + ".recurrence", "NONE")),
                    form.getOrDefault("m" + m + ".expectedOutput", "").strip(),
                    Arrays.stream(form.getOrDefault("m" + m + ".oitItems", "").split("[,\\s]+"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()));
        }
        var row = new PlanDocument.Row(
                old.tool(),
                old.indicator(),
                old.indicatorLabel(),
                old.reference(),
                form.getOrDefault("assessment", "").strip(),
                form.getOrDefault("issue", "").strip(),
                form.getOrDefault("measuresIntro", "").strip(),
                measures);
        var rows = new ArrayList<>(plan.rows());
        rows.set(index, row);
        try {
            improvement.save(
                    agency,
                    new PlanDocument(
                            plan.planYear(),
                            plan.assessedYear(),
                            plan.subject(),
                            plan.body(),
                            plan.headings(),
                            plan.announcedOn(),
                            plan.signer(),
                            plan.meeting(),
                            rows));
        } catch (PlanRefused refused) {
            return rowForm(year, index, row, refused.problems(), model);
        }
        redirect.addFlashAttribute("saved", "improvement.plan.saved");
        return "redirect:/admin/plans/" + year;
    }

    @GetMapping("/{year}/announcement.pdf")
    ResponseEntity<byte[]> previewAnnouncement(@PathVariable int year) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("announcement-" + year + "-draft.pdf")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(improvement.previewPdf(CurrentAgency.get(), year));
    }

    @PostMapping("/{year}/issue")
    String issue(@PathVariable int year, Model model, RedirectAttributes redirect) {
        try {
            improvement.issue(CurrentAgency.get(), year);
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            return showPlan(year, model);
        }
        redirect.addFlashAttribute("saved", "improvement.issue.done");
        return "redirect:/admin/plans/" + year;
    }

    @GetMapping("/{year}/plan.json")
    ResponseEntity<byte[]> exportPlan(@PathVariable int year) {
        var plan = improvement.plan(CurrentAgency.get(), year).orElseThrow();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-" + year + ".json")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(improvement.toJson(plan).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/{year}/import")
    String importPlan(@PathVariable int year, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            var plan = improvement.fromJson(file.getBytes());
            // A plan exported from last year starts this year's: the years follow the page, not the file.
            var moved = new PlanDocument(
                    year,
                    year - 1,
                    plan.subject(),
                    plan.body(),
                    plan.headings(),
                    null,
                    plan.signer(),
                    null,
                    plan.rows());
            improvement.save(CurrentAgency.get(), plan.planYear() == year ? plan : moved);
            redirect.addFlashAttribute("saved", "improvement.import.done");
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/plans/" + year;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new PlanRefused(List.of(new PlanRefused.Problem("date", "improvement.check.date", List.of(text))));
        }
    }
}
