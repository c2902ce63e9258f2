package org.prongsai.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.web.SiteAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /opendata/<table>.csv|.json} and the DCAT catalogue {@code /opendata/catalog.jsonld}. */
@RestController
class OpenDataController {

    private final OpenData openData;
    private final AgencyManagement agencies;

    private final SiteAddress siteAddress;
    private final String licence;

    OpenDataController(
            OpenData openData,
            AgencyManagement agencies,
            SiteAddress siteAddress,
            @Value("${prongsai.open-data.licence:https://creativecommons.org/licenses/by/4.0/}") String licence) {
        this.licence = licence;
        this.openData = openData;
        this.agencies = agencies;
        this.siteAddress = siteAddress;
    }

    @GetMapping("/opendata/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        var table = table(name);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(OpenData.csv(table).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/opendata/{name}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, String>> json(@PathVariable String name) {
        return OpenData.json(table(name));
    }

    /** The catalogue in DCAT-AP (JSON-LD): one dataset per table, with its CSV and JSON distributions. */
    @GetMapping(value = "/opendata/catalog.jsonld", produces = "application/ld+json")
    Map<String, Object> catalog() {
        var base = base();
        var tables = openData.names().stream()
                .map(name -> openData.find(CurrentAgency.get(), name, base).orElseThrow())
                .toList();
        return DcatCatalogue.of(agencies.current(), tables, base, licence);
    }

    private org.prongsai.shared.OpenTable table(String name) {
        return openData.find(CurrentAgency.get(), name, base())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String base() {
        return siteAddress.base();
    }
}
