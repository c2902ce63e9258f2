package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.Role;
import org.prongsai.account.StaffAccountForm;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a configured TLS proxy: its X-Forwarded-Proto makes cookies Secure and adds HSTS; absolute links come
 * from the configured public address, whatever Host the request names.
 */
@ProngsaiTest
@TestPropertySource(
        properties = {
            "prongsai.trusted-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1|::1",
            "prongsai.public-url=https://www.banprongsai.go.th/"
        })
class TrustedProxyTests {

    @LocalServerPort
    int port;

    @Test
    void aConfiguredProxysHeadersAreBelievedAndLinksUseThePublicAddress() {
        var response = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .GET()
                        .build());
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("Secure"));
        var sitemap = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sitemap.xml"))
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build());
        assertThat(sitemap.body())
                .contains("https://www.banprongsai.go.th/oit/")
                .contains("https://www.banprongsai.go.th/news</loc>")
                .contains("https://www.banprongsai.go.th/qa</loc>")
                // Every year's items up to this one, not only the last two.
                .contains("https://www.banprongsai.go.th/oit/2566/O1</loc>")
                .doesNotContain("localhost");
        // robots.txt points at the sitemap at the public address, whatever Host the request names.
        var robots = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/robots.txt"))
                        .header("X-Forwarded-Host", "attacker.example")
                        .GET()
                        .build());
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(robots.body())
                .contains("Sitemap: https://www.banprongsai.go.th/sitemap.xml")
                .contains("Disallow: /admin")
                .doesNotContain("attacker");
    }

    @Test
    void aStrangersGuessesDelayTheirAddressNotTheOwnerAndManyAddressesLockTheAccount(
            @Autowired AccountManagement accounts, @Autowired AgencyManagement agencies) {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        accounts.create(
                agency,
                new StaffAccountForm(
                        "proxy.owner", "ทดสอบ", null, null, null, Set.of(Role.STAFF), true, "correct horse battery"));
        var stranger = from("203.0.113.66");
        for (int i = 0; i < 6; i++) {
            stranger.post("/login", Map.of("username", "proxy.owner", "password", "guess " + i));
        }
        var right = Map.of("username", "proxy.owner", "password", "correct horse battery");
        assertThat(Browser.location(stranger.post("/login", right))).endsWith("/login?error");
        assertThat(Browser.location(from("198.51.100.20").post("/login", right)))
                .endsWith("/admin");

        // Guesses spread over many addresses lock the account itself.
        for (int a = 1; a <= 20; a++) {
            from("192.0.2." + a).post("/login", Map.of("username", "proxy.owner", "password", "spread " + a));
        }
        assertThat(accounts.accountByUsername(agency, "proxy.owner")
                        .orElseThrow()
                        .locked())
                .isTrue();
    }

    /** A browser behind the proxy, for a client at {@code address}. */
    private ClientAt from(String address) {
        var client = new ClientAt(port, address);
        client.get("/login");
        return client;
    }

    /** Sends every request through "the proxy", with the client's address in X-Forwarded-For. */
    private record ClientAt(Browser browser, int port, String address) {
        ClientAt(int port, String address) {
            this(new Browser(port), port, address);
        }

        HttpResponse<String> get(String path) {
            return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address)
                    .GET()
                    .build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            var all = new LinkedHashMap<>(fields);
            all.put("_csrf", browser.csrf());
            var body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }
    }
}
