package org.prongsai.improvement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.prongsai.account.AccountManagement;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.document.DocumentManagement;
import org.prongsai.improvement.Instructions;
import org.prongsai.improvement.MeasureTracking;
import org.prongsai.improvement.Occurrence;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.improvement.ProgressNotes;
import org.prongsai.shared.BuddhistDates;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.Refusal;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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

/** "My measures": a unit's board, late ones on top, and each occurrence's progress and evidence. */
@Controller
@RequestMapping("/admin/measures")
class MeasureController {

    private final MeasureTracking tracking;
    private final ProgressNotes notes;
    private final AccountManagement accounts;
    private final AgencyManagement agencies;
    private final DocumentManagement documents;
    private final Instructions instructions;

    private final Clock clock;

    MeasureController(
            Clock clock,
            MeasureTracking tracking,
            ProgressNotes notes,
            AccountManagement accounts,
            AgencyManagement agencies,
            DocumentManagement documents,
            Instructions instructions) {
        this.clock = clock;
        this.instructions = instructions;
        this.tracking = tracking;
        this.notes = notes;
        this.accounts = accounts;
        this.agencies = agencies;
        this.documents = documents;
    }

    /**
     * A progress note's evidence file, for whoever follows the measures (the ITA officer, the executive): only a
     * file that a note of this occurrence holds, always downloaded, never shown inline.
     */
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> downloadEvidence(@PathVariable UUID id, @PathVariable UUID fileId)
            throws IOException {
        var agency = CurrentAgency.get();
        boolean held = notes.progress(agency, id).stream().anyMatch(p -> fileId.equals(p.evidenceFile()));
        if (!held) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return documents.attachment(agency, fileId);
    }

    /** Which occurrences the board shows besides the unit: by state, by quarter of the plan's year, by words. */
    enum Show {
        ALL,
        LATE,
        OPEN,
        DONE
    }

    private static final int PAGE_SIZE = 50;

    @GetMapping
    String showBoard(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "ALL") Show show,
            @RequestParam(defaultValue = "0") int quarter,
            @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Authentication signedIn,
            Model model) {
        var agency = CurrentAgency.get();
        UUID unitId = null;
        // Those who follow every unit's work (the ITA officer, the administrator, the executives) see all units
        // first; a unit's staff see their own.
        boolean followsAll = hasAnyRole(signedIn, "ITA_OFFICER", "ADMIN", "EXECUTIVE");
        if (unit == null && !followsAll) {
            unitId = accounts.currentUnit(agency).orElse(null);
        } else if (unit != null && !unit.equals("all")) {
            try {
                unitId = UUID.fromString(unit);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        var today = today();
        model.addAttribute("today", today);
        model.addAttribute("fiscalYear", FiscalYear.containing(today).buddhistYear());
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", agencies.units(agency));
        var words = q.strip().toLowerCase(Locale.ROOT);
        var board = tracking.board(agency, unitId, today);
        // The indicators this board has measures for, numerically (2, 9, 10), to follow one indicator's work.
        model.addAttribute(
                "indicators",
                board.stream()
                        .map(o -> mainIndicator(o.indicator()))
                        .filter(i -> !i.isEmpty())
                        .distinct()
                        .sorted(Comparator.comparingInt(Integer::parseInt))
                        .toList());
        model.addAttribute("indicator", indicator);
        var shown = board.stream()
                .filter(o -> switch (show) {
                    case ALL -> true;
                    case LATE -> o.lateOn(today);
                    case OPEN -> !o.dropped() && o.status() != Occurrence.Status.DONE;
                    case DONE -> o.status() == Occurrence.Status.DONE;
                })
                .filter(o -> quarter < 1 || quarter > 4 || quarterOf(o) == quarter)
                .filter(o -> indicator.isEmpty() || mainIndicator(o.indicator()).equals(indicator))
                .filter(o ->
                        words.isEmpty() || o.measure().toLowerCase(Locale.ROOT).contains(words))
                .toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("show", show);
        model.addAttribute("shows", Show.values());
        model.addAttribute("quarter", quarter);
        model.addAttribute("q", q);
        model.addAttribute("page", at);
        model.addAttribute("pages", pages);
        model.addAttribute("total", shown.size());
        // The executive's instructions to the person's own unit, until the unit has read them.
        var mine = accounts.currentUnit(agency).orElse(null);
        model.addAttribute("instructions", mine == null ? java.util.List.of() : instructions.unreadBy(agency, mine));
        model.addAttribute("occurrences", shown.subList(at * PAGE_SIZE, Math.min(shown.size(), (at + 1) * PAGE_SIZE)));
        return "improvement/measures";
    }

    /** "9" of "9.4": sub-indicators are followed with their indicator. */
    private static String mainIndicator(String indicator) {
        if (indicator == null) {
            return "";
        }
        var main = indicator.strip().split("\\.")[0];
        return main.matches("\\d{1,2}") ? main : "";
    }

    /** The quarter of its plan's fiscal year an occurrence is due in, or 0 when it has no date in that year. */
    private static int quarterOf(Occurrence o) {
        var year = FiscalYear.of(o.planYear());
        return o.dueOn() != null && year.contains(o.dueOn()) ? year.quarterOf(o.dueOn()) : 0;
    }

    @GetMapping("/{id}")
    String showOccurrence(@PathVariable UUID id, Model model) {
        var agency = CurrentAgency.get();
        var occurrence =
                tracking.occurrence(agency, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("occurrence", occurrence);
        model.addAttribute("context", tracking.context(agency, id).orElse(null));
        model.addAttribute("late", occurrence.lateOn(today()));
        model.addAttribute("progress", notes.progress(agency, id));
        return "improvement/occurrence";
    }

    /**
     * A unit records its own measures: its head and staff act on their unit's only; the ITA officer and the
     * administrator on every unit's.
     */
    private Occurrence ownOccurrence(UUID id, Authentication signedIn) {
        var agency = CurrentAgency.get();
        var occurrence =
                tracking.occurrence(agency, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean everyUnit = hasAnyRole(signedIn, "ITA_OFFICER", "ADMIN");
        if (!everyUnit) {
            var myUnit = accounts.currentUnit(agency).orElse(null);
            if (myUnit == null || !myUnit.equals(occurrence.unitId())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
        }
        return occurrence;
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam Occurrence.Status status,
            @RequestParam(required = false) String doneOn,
            Authentication signedIn,
            RedirectAttributes redirect) {
        ownOccurrence(id, signedIn);
        try {
            tracking.changeStatus(CurrentAgency.get(), id, status, BuddhistDates.parse(doneOn), today());
            redirect.addFlashAttribute("saved", "improvement.track.status-saved");
        } catch (PlanRefused refused) {
            var problem = refused.problems().get(0);
            redirect.addFlashAttribute("failed", problem.key());
            if (!problem.arguments().isEmpty()) {
                redirect.addFlashAttribute("failedArg", problem.arg(0));
            }
            redirect.addFlashAttribute("doneOn", doneOn);
        } catch (BuddhistDates.Refused refused) {
            redirect.addFlashAttribute("failed", refused.key());
            redirect.addFlashAttribute("failedArg", refused.argument());
            redirect.addFlashAttribute("doneOn", doneOn);
        }
        return "redirect:/admin/measures/" + id;
    }

    @PostMapping("/{id}/progress")
    String addProgress(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String link,
            @RequestParam(value = "evidence", required = false) MultipartFile evidence,
            Authentication signedIn,
            RedirectAttributes redirect)
            throws IOException {
        ownOccurrence(id, signedIn);
        try {
            var hasFile = evidence != null && !evidence.isEmpty();
            notes.addProgress(
                    CurrentAgency.get(),
                    id,
                    note,
                    hasFile ? evidence.getOriginalFilename() : null,
                    hasFile ? evidence.getBytes() : null,
                    link);
            redirect.addFlashAttribute("saved", "improvement.track.progress-saved");
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("failed", refused.problems().get(0).key());
            redirect.addFlashAttribute("note", note);
            redirect.addFlashAttribute("link", link);
        } catch (Refusal refused) {
            redirect.addFlashAttribute("failed", refused.key());
            if (refused.arguments().length > 0) {
                redirect.addFlashAttribute("failedArg", refused.arguments()[0]);
            }
            redirect.addFlashAttribute("note", note);
            redirect.addFlashAttribute("link", link);
        }
        return "redirect:/admin/measures/" + id;
    }

    @PostMapping("/{id}/drop")
    String drop(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Authentication signedIn,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var occurrence = ownOccurrence(id, signedIn);
        try {
            tracking.drop(agency, occurrence.measureId(), reason);
            redirect.addFlashAttribute("saved", "improvement.track.dropped-saved");
        } catch (PlanRefused refused) {
            var problem = refused.problems().get(0);
            redirect.addFlashAttribute("failed", problem.key());
            if (!problem.arguments().isEmpty()) {
                redirect.addFlashAttribute("failedArg", problem.arg(0));
            }
        }
        return "redirect:/admin/measures/" + id;
    }

    private static boolean hasAnyRole(Authentication signedIn, String... roles) {
        var wanted = java.util.Set.of(roles);
        return signedIn.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().startsWith("ROLE_")
                        && wanted.contains(a.getAuthority().substring("ROLE_".length())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
