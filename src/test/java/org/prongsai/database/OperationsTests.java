package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a load balancer and a monitoring system ask of every instance. */
@ProngsaiTest
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
