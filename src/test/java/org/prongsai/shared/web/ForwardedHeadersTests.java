package org.prongsai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without a trusted proxy configured, X-Forwarded-* headers change nothing, and absolute links come from the
 * request's own address; {@link TrustedProxyTests} shows them believed from a configured proxy.
 */
@ProngsaiTest
class ForwardedHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void headersFromAnUntrustedClientAreIgnored() {
        var response = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .GET()
                        .build());
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
        var sitemap = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sitemap.xml"))
                        .header("X-Forwarded-Host", "evil.example")
                        .GET()
                        .build());
        assertThat(sitemap.body()).contains("http://localhost:" + port + "/").doesNotContain("evil.example");
    }
}
