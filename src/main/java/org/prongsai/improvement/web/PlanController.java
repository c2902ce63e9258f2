package org.prongsai.improvement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.prongsai.improvement.AnnouncementSigning;
import org.prongsai.improvement.Announcements;
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.improvement.MeasureTracking;
import org.prongsai.improvement.PlanCarryOver;
import org.prongsai.improvement.PlanDocument;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.improvement.WorkingGroup;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
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

/** The improvement plan in the back office: start it, word it, print it; its rows are {@link PlanRowController}'s. */
@Controller
@RequestMapping("/admin/plans")
class PlanController {

    private final ImprovementManagement improvement;
    private final Announcements announcements;
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
            Announcements announcements,
            WorkingGroup workingGroup,
            AnnouncementSigning signing,
            PlanCarryOver carryOver,
            MeasureTracking tracking,
            org.springframework.context.MessageSource messages) {
        this.clock = clock;
        this.assessments = assessments;
        this.messages = messages;
        this.improvement = improvement;
        this.announcements = announcements;
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
        model.addAttribute("announcements", announcements.announcements(agency, year));
        model.addAttribute("signing", signing.latest(agency, year).orElse(null));
        model.addAttribute("changedSinceSigned", signing.changedSinceSigned(agency, year));
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
                .body(announcements.previewPdf(CurrentAgency.get(), year));
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
