package org.prongsai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The language links lead to a page that opens: after a form is refused, the page shown stands at the form's
 * address, which takes no GET, so they lead back to the page the form was on.
 */
@ProngsaiTest
class LanguageLinksTests {

    @LocalServerPort
    int port;

    @Test
    void aRefusedFormsLanguageLinksLeadBackToTheFormsPage() {
        var citizen = new Browser(port);
        assertThat(citizen.get("/qa").body()).contains("href=\"/qa?lang=en\"");
        var body = "_csrf=" + URLEncoder.encode(citizen.csrf(), StandardCharsets.UTF_8) + "&question=&name=";
        var refused = citizen.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qa"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "http://localhost:" + port + "/qa")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"/qa?lang=en\"");

        // Another site named as the referrer gives the home page, never a link away.
        var elsewhere = citizen.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/qa"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "https://attacker.example/phish")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(elsewhere.body()).contains("href=\"/?lang=en\"").doesNotContain("attacker.example");
    }

    @Test
    void aSearchKeepsItsWordsWhenTheLanguageChanges() {
        var citizen = new Browser(port);
        var page = citizen.get("/search?q=%E0%B8%87%E0%B8%9A&page=0&lang=th").body();
        assertThat(page).contains("href=\"/search?q=%E0%B8%87%E0%B8%9A&amp;page=0&amp;lang=en\"");
    }
}
