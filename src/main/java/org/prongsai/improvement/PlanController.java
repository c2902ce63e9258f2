package org.prongsai.improvement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The improvement plan in the back office: start it, word it, edit its rows and print it. */
@Controller
@RequestMapping("/admin/plans")
class PlanController {

    private final ImprovementManagement improvement;
    private final org.prongsai.assessment.AssessmentManagement assessments;
    private final WorkingGroup workingGroup;
    private final AnnouncementSigning signing;
    private final PlanCarryOver carryOver;
    private final MeasureTracking tracking;

    private final org.springframework.context.MessageSource messages;

    private final Clock clock;

    PlanController(
            Clock clock,
            org.prongsai.assessment.AssessmentManagement assessments,
            ImprovementManagement improvement,
            WorkingGroup workingGroup,
            AnnouncementSigning signing,
            PlanCarryOver carryOver,
            MeasureTracking tracking,
            org.springframework.context.MessageSource messages) {
        this.clock = clock;
        this.assessments = assessments;
        this.messages = messages;
        this.improvement = improvement;
        this.workingGroup = workingGroup;
        this.signing = signing;
        this.carryOver = carryOver;
        this.tracking = tracking;
    }

    /** The plan's measures and their tracking as a workbook, for the working group and the units. */
    @GetMapping("/{year}/plan.xlsx")
    ResponseEntity<byte[]> downloadWorkbook(@PathVariable int year) {
        var agency = CurrentAgency.get();
        var plan = improvement
                .plan(agency, year)
                .orElseThrow(() -> ImprovementManagement.refused("plan", "improvement.plan.none", year));
        var today = LocalDate.now(clock);
        var board = tracking.board(agency, null, today).stream()
                .filter(o -> o.planYear() == year)
                .toList();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-" + year + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(PlanWorkbook.write(
                        plan,
                        board,
                        today,
                        key -> messages.getMessage(key, null, key, org.prongsai.shared.ThaiFormat.THAI)));
    }

    /** Starts the year's plan from last year's: the officer then edits what changed. */
    @PostMapping("/{year}/copy-previous")
    String copyPreviousYear(@PathVariable int year, Model model, RedirectAttributes redirect) {
        try {
            carryOver.copyPreviousYear(CurrentAgency.get(), year);
        } catch (PlanRefused refused) {
            model.addAttribute("problems", refused.problems());
            return showPlan(year, model);
        }
        redirect.addFlashAttribute("saved", "improvement.copy.done");
        return "redirect:/admin/plans/" + year;
    }

    @GetMapping
    String showCurrentPlan() {
        return "redirect:/admin/plans/" + FiscalYear.containing(LocalDate.now(clock));
    }

    @GetMapping("/{year}")
    String showPlan(@PathVariable int year, Model model) {
        var agency = CurrentAgency.get();
        model.addAttribute("year", year);
        model.addAttribute("plan", improvement.plan(agency, year).orElse(null));
        model.addAttribute("tools", PlanDocument.TOOLS);
        model.addAttribute("announcements", improvement.announcements(agency, year));
        model.addAttribute("signing", signing.latest(agency, year).orElse(null));
        model.addAttribute("previousPlan", improvement.plan(agency, year - 1).isPresent());
        // Starting from the weak points needs the assessed year's results: said before the button is pressed.
        model.addAttribute(
                "weakPointsReady", assessments.yearsWithResults(agency).contains(year - 1));
        if (!model.containsAttribute("membersText")) {
            model.addAttribute(
                    "membersText",
                    workingGroup.members(agency, year).stream()
                            .map(m -> m.name() + " | " + (m.title() == null ? "" : m.title()) + " | " + m.role())
                            .collect(java.util.stream.Collectors.joining("\n")));
        }
        return "improvement/plan";
    }

    @PostMapping("/{year}/start")
    String startPlan(
            @PathVariable int year,
            @RequestParam(defaultValue = "weak-points") String from,
            @RequestParam(defaultValue = "false") boolean keepStandardRows,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        try {
            var draft = from.equals("empty")
                    ? ImprovementManagement.emptyPlan(year)
                    : improvement.startFromWeakPoints(agency, year, keepStandardRows);
            improvement.create(agency, draft);
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
            @RequestParam(defaultValue = "") String announcedOn,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerPosition,
            @RequestParam(required = false) Integer meetingNumber,
            @RequestParam(required = false) Integer meetingYear,
            @RequestParam(defaultValue = "") String meetingHeldOn,
            @RequestParam(defaultValue = "") String meetingPlace,
            @RequestParam(defaultValue = "") String meetingResolution,
            @RequestParam(required = false) String members,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var plan = improvement
                .plan(agency, year)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        // Dates as typed (dd/mm/B.E.): a date that cannot be read is said so beside what was typed, kept.
        var problems = new ArrayList<PlanRefused.Problem>();
        var announced = PlanRefused.readDate("announcedOn", announcedOn, problems);
        var meetingDay = PlanRefused.readDate("meetingHeldOn", meetingHeldOn, problems);
        // The working group is on the same page, under the same Save: a refused line keeps everything typed above.
        List<WorkingGroup.Member> group = null;
        if (members != null) {
            try {
                group = WorkingGroup.parse(members);
            } catch (PlanRefused refused) {
                problems.addAll(refused.problems());
            }
        }
        var paragraphs = Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        var changed = new PlanDocument(
                plan.planYear(),
                plan.assessedYear(),
                subject.strip().replace("\r\n", "\n"),
                paragraphs,
                plan.headings(),
                announced,
                signerName.isBlank() ? null : new PlanDocument.Signer(signerName.strip(), signerPosition.strip()),
                meetingDay == null && meetingNumber == null
                        ? null
                        : new PlanDocument.Meeting(
                                meetingNumber,
                                meetingYear,
                                meetingDay,
                                meetingPlace.strip(),
                                null,
                                meetingResolution.strip()),
                plan.rows());
        try {
            if (!problems.isEmpty()) {
                throw new PlanRefused(problems);
            }
            improvement.save(agency, changed);
            if (group != null) {
                workingGroup.replace(agency, year, group);
            }
        } catch (PlanRefused refused) {
            if (members != null) {
                model.addAttribute("membersText", members);
            }
            showPlan(year, model);
            // What was typed, not what is saved.
            model.addAttribute("plan", changed);
            model.addAttribute("typed", Map.of("announcedOn", announcedOn, "meetingHeldOn", meetingHeldOn));
            model.addAttribute("problems", refused.problems());
            return "improvement/plan";
        }
        redirect.addFlashAttribute("saved", "improvement.plan.saved");
        return "redirect:/admin/plans/" + year;
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

    @GetMapping("/{year}/plan.json")
    ResponseEntity<byte[]> exportPlan(@PathVariable int year) {
        var plan = improvement
                .plan(CurrentAgency.get(), year)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
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
            improvement.create(CurrentAgency.get(), plan.planYear() == year ? plan : moved);
            redirect.addFlashAttribute("saved", "improvement.import.done");
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/plans/" + year;
    }
}
