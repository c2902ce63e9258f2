package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
        var refused = admin.postFile(
                "/admin/agency/pages/STRUCTURE",
                java.util.Map.of("body", "แบ่งส่วนราชการเป็น 7 ส่วน"),
                "file",
                "chart.pdf",
                "application/pdf",
                exe);
        assertThat(refused.body()).contains("ไม่รับไฟล์ประเภทนี้").contains("แบ่งส่วนราชการเป็น 7 ส่วน");

        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        admin.get("/admin/agency/pages/STRUCTURE");
        admin.postFile(
                "/admin/agency/pages/STRUCTURE",
                java.util.Map.of("body", "แบ่งส่วนราชการเป็น 7 ส่วน"),
                "file",
                "แผนผังโครงสร้าง.pdf",
                "application/pdf",
                pdf);
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

    @Test
    void drawsTheOrganisationChartFromTheExecutivesAndUnitsStaffKeep() {
        var chart = chartOf(new Browser(port).get("/about").body());
        assertThat(chart)
                .contains("นายสมชาย รักษ์ถิ่น")
                .contains("นางวิไลวรรณ ศรีสุข")
                .contains("กองคลัง")
                .contains("นางสาวกนกวรรณ ทองดี (ผู้อำนวยการกองคลัง)")
                .doesNotContain("กองการประปา");
        // The chief sits above both sides, and the units under the chief administrator.
        assertThat(chart.indexOf("นายสมชาย รักษ์ถิ่น")).isLessThan(chart.indexOf("ผู้บริหารฝ่ายการเมือง"));
        assertThat(chart.indexOf("ปลัดองค์การบริหารส่วนตำบล")).isLessThan(chart.indexOf("class=\"units\""));

        var admin = new Browser(port);
        admin.signIn("admin", "prongsai-demo", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA");
        admin.get("/admin/agency/units/new");
        admin.post(
                "/admin/agency/units/new",
                java.util.Map.of(
                        "nameTh", "กองการประปา",
                        "nameEn", "Waterworks Division",
                        "headName", "นายวารี ใสสะอาด",
                        "headTitle", "ผู้อำนวยการกองการประปา",
                        "sortOrder", "20"));
        var units = chartOf(new Browser(port).get("/about").body());
        assertThat(units.substring(units.indexOf("class=\"units\"")))
                .contains("กองการประปา")
                .contains("นายวารี ใสสะอาด");
        assertThat(chartOf(new Browser(port).get("/about?lang=en").body())).contains("Waterworks Division");
        assertThat(new Browser(port).get("/oit/2567/O1").body())
                .contains("/about#structure-chart")
                .containsPattern("แผนผังโครงสร้างหน่วยงาน \\([0-9]+ ส่วนราชการ\\)");
        // Evidence Prongsai makes itself reads in the reader's language too.
        assertThat(new Browser(port).get("/oit/2567/O1?lang=en").body())
                .containsPattern("Organisation chart \\([0-9]+ units\\)")
                .doesNotContain("ส่วนราชการ)");
    }

    private static String chartOf(String page) {
        int start = page.indexOf("class=\"org-chart\"");
        assertThat(start).as("the about page has an organisation chart").isPositive();
        // The chart ends where the next section's heading begins.
        return page.substring(start, page.indexOf("<h2", start));
    }
}
