package org.prongsai.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.prongsai.shared.CurrentAgency;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff keep each OIT item's evidence and watch the year's readiness. */
@Controller
@RequestMapping("/admin/oit/{year}")
class DisclosureController {

    private final DisclosureManagement disclosure;

    DisclosureController(DisclosureManagement disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping
    String showReadiness(@PathVariable int year, Model model) {
        var agency = CurrentAgency.get();
        model.addAttribute("year", year);
        model.addAttribute("items", disclosure.catalogue(agency, year));
        model.addAttribute("readiness", disclosure.readiness(agency, year));
        var deadline = disclosure.framework(year).oitDeadline();
        model.addAttribute("deadline", deadline);
        if (deadline != null) {
            model.addAttribute(
                    "daysLeft",
                    java.time.temporal.ChronoUnit.DAYS.between(
                            java.time.LocalDate.now(org.prongsai.shared.ThaiFormat.BANGKOK), deadline));
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
        return "disclosure/item-form";
    }

    @PostMapping("/{itemId}")
    String addEvidence(
            @PathVariable int year,
            @PathVariable String itemId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String link,
            @RequestParam(required = false) Integer dataYear,
            @RequestParam(required = false) List<Integer> elements,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var form = new DisclosureManagement.EvidenceForm(title, body, link, dataYear, elements);
        try {
            boolean hasFile = file != null && !file.isEmpty();
            disclosure.addEvidence(
                    CurrentAgency.get(),
                    year,
                    itemId,
                    form,
                    hasFile ? file.getOriginalFilename() : null,
                    hasFile ? file.getBytes() : null);
        } catch (DisclosureManagement.Refused e) {
            model.addAttribute("failed", e.key());
            model.addAttribute("failedArg", e.argument());
            model.addAttribute("form", form);
            return showItemForm(year, itemId, model);
        } catch (org.prongsai.document.UploadRefused e) {
            model.addAttribute("failed", e.messageKey());
            model.addAttribute("failedArg", e.arguments().length > 0 ? e.arguments()[0] : "");
            model.addAttribute("form", form);
            return showItemForm(year, itemId, model);
        }
        redirect.addFlashAttribute("saved", "disclosure.evidence.saved");
        return "redirect:/admin/oit/" + year + "/" + itemId;
    }

    @PostMapping("/{itemId}/evidence/{id}/delete")
    String removeEvidence(
            @PathVariable int year, @PathVariable String itemId, @PathVariable UUID id, RedirectAttributes redirect) {
        disclosure.removeEvidence(CurrentAgency.get(), id);
        redirect.addFlashAttribute("saved", "disclosure.evidence.removed");
        return "redirect:/admin/oit/" + year + "/" + itemId;
    }

    @GetMapping("/urls.csv")
    ResponseEntity<byte[]> downloadUrls(@PathVariable int year) {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
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
