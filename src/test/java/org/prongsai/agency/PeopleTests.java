package org.prongsai.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
        var refused = admin.postFile(
                "/admin/agency/people",
                java.util.Map.of(
                        "side",
                        "POLITICAL",
                        "name",
                        "นายทดสอบ รูปปลอม",
                        "position",
                        "รองนายก",
                        "phone",
                        "",
                        "email",
                        "",
                        "sortOrder",
                        "9"),
                "photo",
                "photo.jpg",
                "image/jpeg",
                exe);
        assertThat(refused.body()).contains("ไม่รับไฟล์ประเภทนี้").contains("value=\"นายทดสอบ รูปปลอม\"");
        assertThat(new Browser(port).get("/about").body()).doesNotContain("นายทดสอบ รูปปลอม");
    }
}
