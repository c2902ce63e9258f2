package org.prongsai.framework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The frameworks are public knowledge: anyone may read them. */
@RestController
@Tag(name = "frameworks", description = "ITA frameworks per fiscal year (Buddhist Era)")
class FrameworkApiController {

    private final FrameworkCatalog catalog;

    FrameworkApiController(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    record Summary(int fiscalYear, Text title, Provenance provenance, int questions, int oitItems) {}

    @GetMapping("/api/v1/frameworks")
    @Operation(summary = "Every fiscal year that has a framework, newest first")
    List<Summary> listFrameworks() {
        return catalog.all().stream()
                .map(f -> new Summary(
                        f.fiscalYear(),
                        f.title(),
                        f.provenance(),
                        f.questions().size(),
                        f.oitItems().size()))
                .toList();
    }

    @GetMapping("/api/v1/frameworks/{year}")
    @Operation(summary = "One fiscal year's whole framework: tools, indicators, questions, OIT items, weights, grades")
    Framework getFramework(@PathVariable int year) {
        return catalog.find(year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no framework for " + year));
    }
}
