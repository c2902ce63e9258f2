package org.prongsai.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.web.SiteAddress;
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

    OpenDataController(OpenData openData, AgencyManagement agencies, SiteAddress siteAddress) {
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

    /** DCAT in JSON-LD: one dataset per table, with its CSV and JSON distributions. */
    @GetMapping(value = "/opendata/catalog.jsonld", produces = "application/ld+json")
    Map<String, Object> catalog() {
        var base = base();
        var agency = agencies.current();
        var datasets = new ArrayList<Map<String, Object>>();
        for (var name : openData.names()) {
            var table = openData.find(CurrentAgency.get(), name, base).orElseThrow();
            var dataset = new LinkedHashMap<String, Object>();
            dataset.put("@id", base + "/opendata/" + name);
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", agency.slug() + "-" + name);
            dataset.put(
                    "dct:title",
                    List.of(
                            Map.of("@value", table.titleTh(), "@language", "th"),
                            Map.of("@value", table.titleEn(), "@language", "en")));
            dataset.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", agency.nameTh()));
            dataset.put(
                    "dcat:distribution",
                    List.of(
                            distribution(base + "/opendata/" + name + ".csv", "text/csv", "CSV"),
                            distribution(base + "/opendata/" + name + ".json", "application/json", "JSON")));
            datasets.add(dataset);
        }
        var catalog = new LinkedHashMap<String, Object>();
        catalog.put(
                "@context",
                Map.of(
                        "dcat", "http://www.w3.org/ns/dcat#",
                        "dct", "http://purl.org/dc/terms/",
                        "foaf", "http://xmlns.com/foaf/0.1/"));
        catalog.put("@id", base + "/opendata/catalog.jsonld");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", "ข้อมูลเปิดของ" + agency.nameTh());
        catalog.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", agency.nameTh()));
        catalog.put("dcat:dataset", datasets);
        return catalog;
    }

    private static Map<String, Object> distribution(String url, String mediaType, String format) {
        return Map.of(
                "@type",
                "dcat:Distribution",
                "dcat:downloadURL",
                url,
                "dcat:mediaType",
                mediaType,
                "dct:format",
                format);
    }

    private org.prongsai.shared.OpenTable table(String name) {
        return openData.find(CurrentAgency.get(), name, base())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String base() {
        return siteAddress.base();
    }
}
