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

@ProngsaiTest
class AboutPagesTests {

    @LocalServerPort
    int port;

    @Test
    void publishesTheStructureWithItsChartAndCountsItForO1() {
        var admin = new Browser(port);
        admin.signIn("admin", "prongsai-demo", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA");
        admin.get("/admin/agency/pages/STRUCTURE");
        var exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        var refused = admin.send(upload(admin.csrf(), "แบ่งส่วนราชการเป็น 7 ส่วน", "chart.pdf", exe));
        assertThat(refused.body()).contains("ไม่รับไฟล์ประเภทนี้").contains("แบ่งส่วนราชการเป็น 7 ส่วน");

        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        admin.get("/admin/agency/pages/STRUCTURE");
        admin.send(upload(admin.csrf(), "แบ่งส่วนราชการเป็น 7 ส่วน", "แผนผังโครงสร้าง.pdf", pdf));
        var about = new Browser(port).get("/about").body();
        assertThat(about)
                .contains("โครงสร้างหน่วยงาน")
                .contains("แบ่งส่วนราชการเป็น 7 ส่วน")
                .contains("แผนผังโครงสร้าง.pdf");
        var file = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/about/structure/document"))
                        .build());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(new Browser(port).get("/oit/2567/O1").body()).contains("/about#structure");
    }

    private HttpRequest upload(String csrf, String body, String filename, byte[] content) {
        var boundary = "----prongsai-about";
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/agency/pages/STRUCTURE"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build();
    }
}
