package org.prongsai.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProngsaiTest
class NewsTests {

    @LocalServerPort
    int port;

    @Test
    void staffPublishNewsThatCountsForO7() {
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        staff.get("/admin/news");
        var empty =
                staff.post("/admin/news", Map.of("title", "", "body", "", "publishedOn", "2024-01-10", "unitId", ""));
        assertThat(empty.body()).contains("กรุณากรอกหัวข้อข่าว").contains("กรุณากรอกเนื้อหาข่าว");
        var published = staff.post(
                "/admin/news",
                Map.of(
                        "title",
                        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง",
                        "body",
                        "ขอเชิญชวนผู้มีหน้าที่ชำระภาษีมาชำระภายในเดือนเมษายน",
                        "publishedOn",
                        "2024-01-10",
                        "unitId",
                        ""));
        assertThat(Browser.location(published)).endsWith("/admin/news");
        assertThat(new Browser(port).get("/news").body()).contains("ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง");
        assertThat(new Browser(port).get("/oit/2567/O7").body()).contains("href=\"/news\"");
    }

    @Test
    void aDateStillToComeIsRefusedBesideTheFieldAndNothingIsPublished() {
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        staff.get("/admin/news");
        var tomorrow =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusDays(1);
        var title = "ข่าวที่ลงวันที่ล่วงหน้า " + java.util.UUID.randomUUID();
        var refused = staff.post(
                "/admin/news",
                Map.of("title", title, "body", "เนื้อหา", "publishedOn", tomorrow.toString(), "unitId", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("วันที่เผยแพร่ต้องไม่เกินวันนี้")
                .contains("aria-invalid=\"true\"")
                // What was typed is kept for the person to correct.
                .contains(title);
        assertThat(new Browser(port).get("/news").body()).doesNotContain(title);
    }
}
