package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The open-data catalogue read as a harvester reads it: parsed as JSON-LD into RDF by Apache Jena, checked with
 * Jena's SHACL validator against DCAT-AP's rules, and every address in it answers with what it says.
 */
@ProngsaiTest
class OpenDataCatalogueTests {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    @LocalServerPort
    int port;

    @Test
    void theCatalogueConformsToDcatApAndEveryAddressInItAnswers() throws Exception {
        var answer = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/opendata/catalog.jsonld"))
                        .header("Accept", "application/ld+json")
                        .GET()
                        .build());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        var body = answer.body();
        var data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.JSONLD).parse(data);
        var shapes = GraphFactory.createDefaultGraph();
        try (var in = getClass().getResourceAsStream("/dcat-ap/shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        var report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        var failures = new ArrayList<String>();
        report.getEntries().forEach(e -> failures.add(e.focusNode() + " " + e.resultPath() + ": " + e.message()));
        assertThat(failures).as("DCAT-AP violations").isEmpty();
        assertThat(report.conforms()).isTrue();

        // As many datasets as tables, each with two distributions, and the titles in both languages.
        var datasets = data.find(
                        Node.ANY, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(DCAT + "Dataset"))
                .toList();
        assertThat(datasets).hasSizeGreaterThanOrEqualTo(4);
        assertThat(data.find(
                                Node.ANY,
                                RDF.type.asNode(),
                                org.apache.jena.graph.NodeFactory.createURI(DCAT + "Distribution"))
                        .toList())
                .hasSize(datasets.size() * 2);
        assertThat(body).contains("\"@language\":\"th\"").contains("\"@language\":\"en\"");

        // Each dataset's IRI, download and access URL answers (a harvester follows them).
        var browser = new Browser(port);
        for (var triple : data.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
            var object = triple.getObject();
            var predicate = triple.getPredicate().getURI();
            if (object.isURI() && (predicate.equals(DCAT + "downloadURL") || predicate.equals(DCAT + "accessURL"))) {
                var followed = browser.send(HttpRequest.newBuilder(URI.create(object.getURI()))
                        .GET()
                        .build());
                assertThat(followed.statusCode()).as(object.getURI()).isEqualTo(200);
            }
        }
        for (var dataset : datasets) {
            var followed = browser.send(
                    HttpRequest.newBuilder(URI.create(dataset.getSubject().getURI()))
                            .GET()
                            .build());
            assertThat(followed.statusCode()).as(dataset.getSubject().getURI()).isEqualTo(200);
        }
    }

    @Test
    void theShapesCatchWhatTheCatalogueUsedToGetWrong() {
        // The old catalogue: no description, plain-string download URL, media type and format, no access URL.
        var old =
                """
                {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                              "foaf": "http://xmlns.com/foaf/0.1/"},
                 "@id": "http://localhost/opendata/catalog.jsonld", "@type": "dcat:Catalog",
                 "dct:title": "ข้อมูลเปิด",
                 "dct:publisher": {"@type": "foaf:Organization", "foaf:name": "อบต."},
                 "dcat:dataset": [{"@id": "http://localhost/opendata/x", "@type": "dcat:Dataset",
                    "dct:title": [{"@value": "x", "@language": "th"}],
                    "dcat:distribution": [{"@type": "dcat:Distribution",
                        "dcat:downloadURL": "http://localhost/opendata/x.csv",
                        "dcat:mediaType": "text/csv", "dct:format": "CSV"}]}]}
                """;
        var data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(old, Lang.JSONLD).parse(data);
        var shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getResourceAsStream("/dcat-ap/shapes.ttl"))
                .lang(Lang.TURTLE)
                .parse(shapes);
        var report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        assertThat(report.conforms()).isFalse();
        var messages = report.getEntries().stream().map(e -> e.message()).toList();
        assertThat(messages)
                .anyMatch(m -> m.startsWith("Catalogue: dct:description"))
                .anyMatch(m -> m.startsWith("Catalogue: dct:title"))
                .anyMatch(m -> m.startsWith("Dataset: dct:description"))
                .anyMatch(m -> m.startsWith("Distribution: dcat:accessURL"))
                .anyMatch(m -> m.startsWith("Distribution: dcat:mediaType"))
                .anyMatch(m -> m.startsWith("Distribution: dct:format"));
    }
}
