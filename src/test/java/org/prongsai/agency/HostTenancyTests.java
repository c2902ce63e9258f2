package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.FreshDataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** A provincial deployment: each agency answers on its own host name. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prongsai.demo=false", "prongsai.tenancy.mode=host", "server.shutdown=immediate"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
class HostTenancyTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    HttpRequest home(String host) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Host", host)
                .header("Accept", "text/html")
                .build();
    }

    @Test
    void answersEachHostWithItsOwnAgency() {
        agencies.create(new NewAgencyForm(
                "east",
                "www.east.example.go.th",
                "เทศบาลตำบลตะวันออก",
                null,
                AgencyKind.SUBDISTRICT_MUNICIPALITY,
                "S",
                "ระยอง"));
        agencies.create(new NewAgencyForm(
                "west",
                "www.west.example.go.th",
                "องค์การบริหารส่วนตำบลตะวันตก",
                null,
                AgencyKind.SAO,
                "M",
                "ราชบุรี"));
        var browser = new Browser(port);
        assertThat(browser.send(home("www.east.example.go.th")).body()).contains("เทศบาลตำบลตะวันออก");
        assertThat(browser.send(home("www.west.example.go.th")).body()).contains("องค์การบริหารส่วนตำบลตะวันตก");
        assertThat(browser.send(home("www.unknown.example.go.th")).statusCode()).isEqualTo(404);
    }
}
