package org.prongsai.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Staff keep each OIT item's evidence and watch the year's readiness. */
@Controller
@RequestMapping("/admin/oit/{year}")
class DisclosureController {

    private final DisclosureManagement disclosure;
    private final PreviousYearEvidence previousYear;
    private final EvidencePublishing publishing;
    private final AgencyManagement agencies;
    private final JsonMapper json;
    private final MessageSource messages;

    private final SiteAddress siteAddress;

    private final Clock clock;

    DisclosureController(
            Clock clock,
            DisclosureManagement disclosure,
            PreviousYearEvidence previousYear,
            EvidencePublishing publishing,
            AgencyManagement agencies,
            JsonMapper json,
            MessageSource messages,
            SiteAddress siteAddress) {
        this.clock = clock;
        this.siteAddress = siteAddress;
        this.disclosure = disclosure;
        this.previousYear = previousYear;
        this.publishing = publishing;
        this.agencies = agencies;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    String showReadiness(@PathVariable int year, Model model, Locale locale) {
        var agency = CurrentAgency.get();
        var framework = disclosure.framework(year);
        var items = disclosure.catalogue(agency, year);
        model.addAttribute("year", year);
        model.addAttribute("items", items);
        model.addAttribute(
                "stateChart",
                json.writeValueAsString(ReadinessChart.of(
                        framework,
                        items,
                        locale,
                        state -> messages.getMessage("disclosure.state." + state, null, locale))));
        model.addAttribute("readiness", disclosure.readiness(year, items));
        var deadline = framework.oitDeadline();
        model.addAttribute("deadline", deadline);
        if (deadline != null) {
            model.addAttribute("daysLeft", java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), deadline));
        }
        return "disclosure/readiness";
    }

    @GetMapping("/{itemId}")
    String showItemForm(@PathVariable int year, @PathVariable String itemId, Model model) {
        var status = disclosure
                .item(CurrentAgency.get(), year, itemId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("units", agencies.units(CurrentAgency.get()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("carryable", previousYear.carryable(CurrentAgency.get(), year, itemId));
        if (!model.containsAttribute("evidence")) {
            model.addAttribute("evidence", new EvidenceForm("", "", "", year, List.of(), null, LocalDate.now(clock)));
        }
        return "disclosure/item-form";
    }

    /** Last year's evidence of the matching item, carried here in one action. */
    @PostMapping("/{itemId}/carry")
    String carry(@PathVariable int year, @PathVariable String itemId, RedirectAttributes redirect) {
        int carried = previousYear.carryFromPreviousYear(CurrentAgency.get(), year, itemId);
        redirect.addFlashAttribute("saved", "disclosure.carry.done");
        redirect.addFlashAttribute("savedArg", carried);
        return "redirect:/admin/oit/" + year + "/" + itemId;
    }

    @PostMapping("/{itemId}")
    String addEvidence(
            @PathVariable int year,
            @PathVariable String itemId,
            @ModelAttribute("evidence") EvidenceForm form,
            BindingResult result,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (result.hasErrors()) {
            return showItemForm(year, itemId, model);
        }
        try {
            boolean hasFile = file != null && !file.isEmpty();
            publishing.addEvidence(
                    CurrentAgency.get(),
                    year,
                    itemId,
                    form,
                    hasFile ? file.getOriginalFilename() : null,
                    hasFile ? file.getBytes() : null);
        } catch (Refusal e) {
            if (e.field() == null || e.field().equals("file")) {
                // The whole form, or the file (which a browser never sends back): said above the form.
                return refused(year, itemId, e.key(), e.argument(), model);
            }
            result.rejectValue(e.field(), e.key(), e.arguments(), null);
            return showItemForm(year, itemId, model);
        }
        redirect.addFlashAttribute("saved", "disclosure.evidence.saved");
        return "redirect:/admin/oit/" + year + "/" + itemId;
    }

    @PostMapping("/{itemId}/evidence/{id}/version")
    String replaceFile(
            @PathVariable int year,
            @PathVariable String itemId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String publishedOn,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            int version = publishing.replaceFile(
                    CurrentAgency.get(),
                    id,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    EvidencePublishing.date(publishedOn));
            redirect.addFlashAttribute("saved", "disclosure.version.saved");
            redirect.addFlashAttribute("savedArg", version);
        } catch (Refusal e) {
            return refused(year, itemId, e.key(), e.argument(), model);
        }
        return "redirect:/admin/oit/" + year + "/" + itemId;
    }

    private String refused(int year, String itemId, String key, Object argument, Model model) {
        model.addAttribute("failed", key);
        model.addAttribute("failedArg", argument);
        return showItemForm(year, itemId, model);
    }

    @PostMapping("/{itemId}/evidence/{id}/delete")
    String removeEvidence(
            @PathVariable int year, @PathVariable String itemId, @PathVariable UUID id, RedirectAttributes redirect) {
        publishing.removeEvidence(CurrentAgency.get(), id);
        redirect.addFlashAttribute("saved", "disclosure.evidence.removed");
        return "redirect:/admin/oit/" + year + "/" + itemId;
    }

    @GetMapping("/urls.csv")
    ResponseEntity<byte[]> downloadUrls(@PathVariable int year) {
        var base = siteAddress.base();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("oit-" + year + "-urls.csv")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(disclosure.urlList(CurrentAgency.get(), year, base).getBytes(StandardCharsets.UTF_8));
    }
}
