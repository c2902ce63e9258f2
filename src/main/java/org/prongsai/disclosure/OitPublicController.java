package org.prongsai.disclosure;

import java.io.IOException;
import java.util.UUID;
import org.prongsai.document.DocumentManagement;
import org.prongsai.shared.CurrentAgency;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public OIT pages: {@code /oit/2567} and {@code /oit/2567/O11}. */
@Controller
class OitPublicController {

    private final DisclosureManagement disclosure;
    private final EvidenceSearch evidenceSearch;
    private final DocumentManagement documents;

    OitPublicController(DisclosureManagement disclosure, EvidenceSearch evidenceSearch, DocumentManagement documents) {
        this.disclosure = disclosure;
        this.evidenceSearch = evidenceSearch;
        this.documents = documents;
    }

    @GetMapping("/oit/{year}")
    String showCatalogue(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("framework", disclosure.framework(year));
        model.addAttribute("items", disclosure.catalogue(CurrentAgency.get(), year));
        return "disclosure/public-catalogue";
    }

    @GetMapping("/oit/{year}/{itemId}")
    String showItem(@PathVariable int year, @PathVariable String itemId, Model model) {
        var status = disclosure
                .item(CurrentAgency.get(), year, itemId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        return "disclosure/public-item";
    }

    @GetMapping("/oit/search")
    String search(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute(
                "results", q.isBlank() ? java.util.List.of() : evidenceSearch.search(CurrentAgency.get(), q));
        return "disclosure/search";
    }

    /** Evidence files are always downloaded, never shown inline, whatever they claim to be. */
    @GetMapping("/oit/files/{id}")
    ResponseEntity<InputStreamResource> downloadFile(@PathVariable UUID id) throws IOException {
        var agency = CurrentAgency.get();
        // Only a file that published evidence holds (or held, as an earlier version) is public: not a removed
        // one, and not any other document of the agency found by its id (a measure's internal evidence).
        if (!disclosure.isPublishedFile(agency, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return documents.attachment(agency, id);
    }
}
