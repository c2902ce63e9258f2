package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The executives on the about page: both sides, contacts, photos checked by content. */
@ProngsaiTest
class PeopleTests {

    @LocalServerPort
    int port;

    @Test
    void showsTheExecutivesOfBothSidesAndRefusesAPhotoThatIsNotAnImage() {
        var about = new Browser(port).get("/about").body();
        assertThat(about)
                .contains("ผู้บริหารฝ่ายการเมือง")
                .contains("ผู้บริหารฝ่ายประจำ")
                .contains("นายประสิทธิ์ ทำดี")
                .contains("clerk@banprongsai.example.go.th");
        assertThat(new Browser(port).get("/oit/2567/O2").body()).contains("href=\"/about\"");

        var admin = new Browser(port);
        admin.signIn("admin", "prongsai-demo", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA");
        admin.get("/admin/agency/people");
        var exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        var refused = admin.send(multipart(admin.csrf(), "นายทดสอบ รูปปลอม", "photo.jpg", exe));
        assertThat(refused.body()).contains("ไม่รับไฟล์ประเภทนี้").contains("value=\"นายทดสอบ รูปปลอม\"");
        assertThat(new Browser(port).get("/about").body()).doesNotContain("นายทดสอบ รูปปลอม");
    }

    private HttpRequest multipart(String csrf, String name, String filename, byte[] content) {
        var boundary = "----prongsai-people";
        var body = new ByteArrayOutputStream();
        var fields = new String[][] {
            {"_csrf", csrf},
            {"side", "POLITICAL"},
            {"name", name},
            {"position", "รองนายก"},
            {"phone", ""},
            {"email", ""},
            {"sortOrder", "9"}
        };
        for (var f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n"
                            + f[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + filename
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/agency/people"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }
}
