package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a load balancer and a monitoring system ask of every instance. */
@ProngsaiTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups groups;

    @Test
    void reportsHealthIncludingTheDatabase() {
        var browser = new Browser(port);
        var health = browser.send(get("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(browser.send(get("/actuator/health/readiness")).statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/actuator/health/liveness")).statusCode()).isEqualTo(200);
        // Readiness asks the database (with a time limit, DatabaseReadinessTests); liveness never does.
        assertThat(groups.get("readiness").isMember("database")).isTrue();
        assertThat(groups.get("liveness").isMember("database")).isFalse();
        assertThat(groups.getPrimary().isMember("database")).isTrue();
    }

    @Test
    void exposesPrometheusMetrics() {
        var metrics = new Browser(port).send(get("/actuator/prometheus"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void showsEachChecksDetailsToOperatorsOnly() {
        var anonymous = new Browser(port).send(get("/actuator/health"));
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        var operator = new Browser(port);
        operator.signIn("operator", "prongsai-demo", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        var details = operator.send(get("/actuator/health"));
        assertThat(details.body()).contains("\"components\"").contains("\"database\"");
        // A signed-in staff member who is no operator sees no more than anyone.
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        assertThat(officer.send(get("/actuator/health")).body()).doesNotContain("components");
    }

    @Test
    void givesEveryRequestAnIdAndWritesOneAccessLineKeepingNoAddressOnTheReportingChannel(CapturedOutput output) {
        var browser = new Browser(port);
        var page = browser.get("/qa");
        var id = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(browser.get("/qa").headers().firstValue("X-Request-Id")).isNotEqualTo(java.util.Optional.of(id));
        // The proxy's id is kept; one that could forge a log line is replaced.
        var given = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qa"))
                .header("X-Request-Id", "proxy-4711-abcd")
                .build());
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("proxy-4711-abcd");
        var forged = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qa"))
                .header("X-Request-Id", "x\" GET /admin 200")
                .build());
        assertThat(forged.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");

        browser.get("/complaints");
        browser.get("/%63omplaints/guideline");
        // A kept public page is sent with this answer's id alone, never the first reader's.
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/about"))
                .header("X-Request-Id", "first-reader-0001")
                .build());
        var copy = browser.send(get("/about"));
        assertThat(copy.headers().allValues("X-Request-Id")).singleElement().isNotEqualTo("first-reader-0001");
        org.awaitility.Awaitility.await()
                .untilAsserted(() ->
                        assertThat(output.getOut()).contains("[" + id + "] ").contains("[proxy-4711-abcd] "));
        var lines = output.getOut().lines().toList();
        assertThat(lines)
                .filteredOn(l -> l.contains("prongsai.access") && l.contains("[" + id + "] "))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("GET /qa 200").contains(" from "));
        assertThat(lines)
                .filteredOn(
                        l -> l.contains("prongsai.access") && l.toLowerCase().contains("omplaints"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(l -> assertThat(l).doesNotContain(" from "));
    }

    @Test
    void theDashboardAsksOnlyForMetricsPrometheusIsGiven() throws Exception {
        var dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("docs/grafana/prongsai-dashboard.json"));
        var json = new tools.jackson.databind.ObjectMapper().readTree(dashboard);
        var browser = new Browser(port);
        browser.get("/qa");
        var scraped = browser.send(get("/actuator/prometheus")).body();
        var names = new java.util.TreeSet<String>();
        var metric = java.util.regex.Pattern.compile("\\b([a-z]+_[a-z_]+)\\{");
        // Each expression's metrics: a name followed by its label selector.
        for (var panel : json.get("panels")) {
            for (var target : panel.get("targets")) {
                var m = metric.matcher(target.get("expr").asString());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertThat(names).contains("http_server_requests_seconds_bucket", "prongsai_page_cache_total");
        names.remove("up"); // Prometheus's own, for each target it scrapes
        assertThat(names).allSatisfy(name -> assertThat(scraped).containsPattern("(?m)^" + name + "[{ ]"));
    }

    @Test
    void namesTheBuildAndItsCommitToOperatorsAndInTheBackOfficeFooter() {
        var operator = new Browser(port);
        operator.signIn("operator", "prongsai-demo", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        var info = operator.send(get("/actuator/info")).body();
        assertThat(info).contains("\"build\"").contains("\"version\":\"0.1.0");
        // A build from a git checkout names its commit (a build from a source archive has none to name).
        var git = getClass().getResource("/git.properties");
        if (git != null) {
            assertThat(info).contains("\"commit\"");
        }
        var footer = operator.get("/admin").body();
        assertThat(footer).containsPattern("รุ่น 0\\.1\\.0[^<]*</p></footer>");
        assertThat(new Browser(port).send(get("/actuator/info")).statusCode()).isIn(302, 401, 403);
    }

    @Test
    void keepsOtherActuatorEndpointsForOperators() {
        var response = new Browser(port).send(get("/actuator/metrics"));
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }
}
