package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class OpenDataTests {

    @LocalServerPort
    int port;

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
    }

    @Test
    void servesEachPublicTableAsCsvAndJsonAndDescribesThemInDcat() {
        var browser = new Browser(port);
        var csv = browser.send(get("/opendata/oit-2567.csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFFitem,sub_indicator,name,state,url")
                .contains("O43,10.2,");
        var json = browser.send(get("/opendata/oit-2567.json"));
        assertThat(json.body())
                .contains("\"item\":\"O1\"")
                .contains("\"url\":\"http://localhost:" + port + "/oit/2567/O1\"");
        var catalog = browser.send(get("/opendata/catalog.jsonld"));
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body())
                .contains("\"@type\":\"dcat:Catalog\"")
                .contains("\"dcat:downloadURL\":\"http://localhost:" + port + "/opendata/announcements.csv\"")
                .contains("banprongsai-ita-results");
        assertThat(browser.send(get("/opendata/nothing.csv")).statusCode()).isEqualTo(404);
    }
}
