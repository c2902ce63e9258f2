package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
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
                .doesNotContain("localhost");
    }
}
