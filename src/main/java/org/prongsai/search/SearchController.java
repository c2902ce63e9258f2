package org.prongsai.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public site's search box and its results; the administrator's "index again". */
@Controller
class SearchController {

    /** What people look for most on an agency's site before anything has been searched there. */
    static final List<String> SUGGESTED =
            List.of("โครงสร้าง", "ผู้บริหาร", "งบประมาณ", "แผนพัฒนา", "จัดซื้อจัดจ้าง", "ข่าว");

    private static final int KEPT_TERMS = 200;

    private final SearchIndex index;
    // Searches that found something, counted in memory per agency (no person, no address): the most sought
    // are offered on an empty search.
    private final Map<UUID, Map<String, LongAdder>> sought = new ConcurrentHashMap<>();

    SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var agency = CurrentAgency.get();
        var results = index.search(agency, q, kind, page);
        var term = sought(results);
        if (results.total() > 0 && !term.isEmpty()) {
            count(agency.value(), term);
        }
        model.addAttribute("q", q);
        model.addAttribute("results", results);
        model.addAttribute("mostSought", mostSought(agency.value()));
        return "search/results";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(RedirectAttributes redirect) {
        int documents = index.rebuild(CurrentAgency.get());
        redirect.addFlashAttribute("saved", "search.rebuilt");
        redirect.addFlashAttribute("savedArg", documents);
        return "redirect:/admin";
    }

    /**
     * What a search that found something is counted as, for the list every visitor sees: the words searched for,
     * as the index has them (the corrected spelling, an item's code), never what was typed around them. Each was
     * found in the agency's own documents, so the list cannot be made to say what the site does not (symbols,
     * emoji and "call this LINE id" do not count); a long query is not offered at all.
     */
    static String sought(SearchIndex.Results results) {
        var query = results.query();
        String term;
        if (results.corrected() != null) {
            term = results.corrected();
        } else if (query.code() != null) {
            term = query.code();
        } else {
            term = query.tokens().stream()
                    .map(SearchQuery::clean)
                    .filter(t -> !t.isEmpty())
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return term.length() > SOUGHT_MAX ? "" : term;
    }

    private static final int SOUGHT_MAX = 40;

    private void count(UUID agency, String term) {
        var terms = sought.computeIfAbsent(agency, a -> new ConcurrentHashMap<>());
        if (terms.size() >= KEPT_TERMS && !terms.containsKey(term)) {
            // Full: the least sought term makes room.
            terms.entrySet().stream()
                    .min(Map.Entry.comparingByValue((a, b) -> Long.compare(a.sum(), b.sum())))
                    .ifPresent(least -> terms.remove(least.getKey()));
        }
        terms.computeIfAbsent(term, t -> new LongAdder()).increment();
    }

    private List<String> mostSought(UUID agency) {
        var terms = sought.getOrDefault(agency, Map.of());
        if (terms.isEmpty()) {
            return SUGGESTED;
        }
        return terms.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(8)
                .map(Map.Entry::getKey)
                .toList();
    }
}
