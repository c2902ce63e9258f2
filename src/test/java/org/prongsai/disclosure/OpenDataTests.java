package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.participation.Participation;
import org.prongsai.participation.QuestionForm;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class OpenDataTests {

    @LocalServerPort
    int port;

    @Autowired
    Participation participation;

    @Autowired
    AgencyManagement agencies;

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
                .contains("\"dcat:downloadURL\":{\"@id\":\"http://localhost:" + port + "/opendata/announcements.csv\"}")
                .contains("banprongsai-ita-results");
        assertThat(browser.send(get("/opendata/nothing.csv")).statusCode()).isEqualTo(404);
    }

    @Test
    void publishesTheQaStatisticsByMonth() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        int before = participation.statistics(agency).stream()
                .mapToInt(m -> (int) m.asked())
                .sum();
        participation.ask(agency, new QuestionForm("นางสาวสถิติ", "ขอทราบเวลาทำการ", ""));
        var month = YearMonth.now(ThaiFormat.BANGKOK);
        var stats = participation.statistics(agency);
        assertThat(stats.stream().mapToInt(m -> (int) m.asked()).sum()).isEqualTo(before + 1);
        var csv = new Browser(port).send(get("/opendata/qa-statistics.csv")).body();
        assertThat(csv)
                .startsWith("\uFEFFmonth,fiscal_year,asked,answered,average_days_to_answer")
                .contains(month + "," + FiscalYear.containing(month.atDay(1)).buddhistYear() + ",");
        assertThat(new Browser(port).send(get("/opendata/catalog.jsonld")).body())
                .contains("qa-statistics");
    }
}
