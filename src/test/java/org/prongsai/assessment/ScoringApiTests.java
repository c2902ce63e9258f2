package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class ScoringApiTests {

    @LocalServerPort
    int port;

    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }

    @Test
    void listsAndServesTheFrameworksWithoutALogin() {
        var browser = new Browser(port);
        var list = browser.send(get("/api/v1/frameworks"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"fiscalYear\":2568").contains("\"fiscalYear\":2566");
        var one = browser.send(get("/api/v1/frameworks/2566"));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"id\":\"O43\"").contains("\"passMark\":85.0");
        assertThat(browser.send(get("/api/v1/frameworks/2500")).statusCode()).isEqualTo(404);
    }

    @Test
    void scoresWithoutALoginAndShowsTheFormulas() {
        var response = new Browser(port)
                .send(
                        post(
                                "/api/v1/scoring",
                                """
                {"fiscalYear": 2566,
                 "iit": {"i7": {"counts": [[10, 20, 30, 40]]}},
                 "es": {"e2": {"score": 90, "respondents": 40}},
                 "oit": {"O1": "PASS", "O2": "FAIL"}}
                """));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("i7 = (10×0.00 + 20×33.33 + 30×66.67 + 40×100.00) ÷ 100 = 66.67")
                .contains("\"grade\":")
                .contains("indicator 9 = (100.00 + 0.00) ÷ 2 = 50.00");
    }

    @Test
    void refusesBadInputNamingEachProblemInThaiAndEnglish() {
        var response = new Browser(port)
                .send(
                        post(
                                "/api/v1/scoring",
                                """
                {"fiscalYear": 2566,
                 "iit": {"i99": {"counts": [[1, 2, 3, 4]]}, "i7": {"counts": [[1, -2, 3, 4]]}},
                 "oit": {"O1": "PASS"}}
                """));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("ไม่มีคำถามรหัส i99")
                .contains("this framework has no question i99")
                .contains("จำนวนคำตอบติดลบไม่ได้")
                .contains("cannot be negative");

        var noYear = new Browser(port).send(post("/api/v1/scoring", "{\"fiscalYear\": 2400}"));
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).contains("ไม่มีกรอบการประเมินของปีงบประมาณ 2400");
    }

    @Test
    void everyRefusalIsAProblemThatNamesTheFieldAndTheReason() {
        var browser = new Browser(port);
        var malformed = browser.send(post("/api/v1/scoring", "{\"fiscalYear\": 2566, \"iit\": {"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(malformed.body()).contains("JSON ไม่ถูกต้องที่บรรทัด 1").contains("\"status\":400");

        var text =
                browser.send(post("/api/v1/scoring", "{\"fiscalYear\": 2566, \"es\": {\"e2\": {\"score\": \"abc\"}}}"));
        assertThat(text.body()).contains("ช่อง es.e2.score").contains("Field es.e2.score");

        var maybe = browser.send(post("/api/v1/scoring", "{\"fiscalYear\": 2566, \"oit\": {\"O1\": \"MAYBE\"}}"));
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.body()).contains("ช่อง oit.O1");

        // A count is a whole number: a fraction or one too large is refused, not truncated nor dropped.
        var fraction = browser.send(
                post("/api/v1/scoring", "{\"fiscalYear\": 2566, \"iit\": {\"i7\": {\"counts\": [[1.5, 2, 3, 4]]}}}"));
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(fraction.body()).contains("iit.i7.counts[0][0]");
        var huge = browser.send(
                post("/api/v1/scoring", "{\"fiscalYear\": 2566, \"iit\": {\"i7\": {\"counts\": [[1e30, 2, 3, 4]]}}}"));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("iit.i7.counts[0][0]");

        var empty = browser.send(post("/api/v1/scoring", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("ไม่มีข้อมูลที่ส่งมา").contains("The body is empty");

        // One shape with the rest of the API: why in English as the title, in Thai as the detail, and the key;
        // the parser's words without the server's class names.
        var array = browser.send(post("/api/v1/scoring", "[]"));
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(array.body())
                .contains("\"key\":\"scoring.json.")
                .doesNotContain("\"title\":\"invalid-input\"")
                .doesNotContain("org.prongsai")
                .doesNotContain("JsonToken");
        var unknown = browser.send(post("/api/v1/scoring", "{\"year\": \"abc\"}"));
        assertThat(unknown.body())
                .contains("year")
                .doesNotContain("org.prongsai")
                .doesNotContain("(class");

        // Many unknown ids: the first hundred problems and their count, not a report larger than the request.
        var ids = new StringBuilder("{\"fiscalYear\": 2566, \"oit\": {");
        for (int i = 0; i < 2000; i++) {
            ids.append(i == 0 ? "" : ",").append("\"X").append(i).append("\": \"PASS\"");
        }
        var many = browser.send(post("/api/v1/scoring", ids.append("}}").toString()));
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body()).contains("\"problemCount\":2000").contains("\"shown\":100");
        assertThat(many.body().length()).isLessThan(60_000);

        var tooLarge =
                browser.send(post("/api/v1/scoring", "{\"fiscalYear\": 2566, \"x\": \"" + "a".repeat(300_000) + "\"}"));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("ใหญ่เกิน 256 KB");
    }

    @Test
    void servesTheOpenApiDocument() {
        var docs = new Browser(port).send(get("/v3/api-docs"));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/scoring")
                .contains("/api/v1/frameworks/{year}")
                .contains("/api/v1/me");
    }
}
