package org.prongsai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What search engines and chat apps read of the public site. */
@ProngsaiTest
class PublicSiteTests {

    @LocalServerPort
    int port;

    @Test
    void offersASitemapWithTheOitItems() {
        var response = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sitemap.xml"))
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("xml");
        assertThat(response.body())
                .contains("<loc>http://localhost:" + port + "/about</loc>")
                .contains("/oit/");
    }

    @Test
    void describesEachPageForSharingOnFacebookAndLine() {
        var page = new Browser(port).get("/about").body();
        assertThat(page)
                .contains("property=\"og:site_name\" content=\"องค์การบริหารส่วนตำบลบ้านโปร่งใส\"")
                .contains("property=\"og:title\" content=\"เกี่ยวกับหน่วยงาน\"")
                .contains("property=\"og:image\" content=\"http://localhost:" + port + "/card/about.png\"")
                .contains("property=\"og:locale\" content=\"th_TH\"");
    }
}
