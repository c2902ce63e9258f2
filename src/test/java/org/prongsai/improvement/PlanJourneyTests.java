package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An ITA officer turns the weak points into a plan, fills it in, and issues the announcement. */
@ProngsaiTest
class PlanJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    Announcements announcements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    WorkingGroup workingGroup;

    @Autowired
    AnnouncementSigning signing;

    @Test
    void fromWeakPointsToAPublishedAnnouncement() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var csv = "kind,id,channel,value,respondents\nquestion,i7,IIT,60,25\nquestion,e10,EP,70,30\noit,O24,,FAIL,\n"
                + "question,i1,IIT,95,25\ntotal,,,80,\n"; // a partial file: its total is confirmed as published
        assertThat(assessments
                        .importOfficial(agency, 2566, "plan-test.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                        .canSave())
                .isTrue();

        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        assertThat(officer.get("/admin/plans/2567").body()).contains("เริ่มจากจุดที่ต้องปรับปรุงของปี 2566");
        officer.post("/admin/plans/2567/start", Map.of("keepStandardRows", "true"));
        var plan = improvement.plan(agency, 2567).orElseThrow();
        assertThat(plan.rows()).extracting(PlanDocument.Row::reference).contains("i7", "e10", "O24");
        assertThat(plan.rows().get(0).assessment()).isEqualTo("ควรรักษามาตรฐานไว้");
        int i7 = plan.rows().stream().map(PlanDocument.Row::reference).toList().indexOf("i7");
        assertThat(plan.rows().get(i7).issue()).contains("(อ้างอิงจาก ๐๑๑)");

        // A measure without a unit, or due outside the plan's year, is refused and nothing typed is lost.
        officer.get("/admin/plans/2567/rows/" + i7);
        var noUnit = officer.post(
                "/admin/plans/2567/rows/" + i7,
                Map.of(
                        "assessment",
                        "ข้อ 7 ท่านรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปี",
                        "issue",
                        "บุคลากรบางรายไม่ทราบข้อมูลงบประมาณ",
                        "measuresIntro",
                        "",
                        "measures[0].text",
                        "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน",
                        "measures[0].unit",
                        "",
                        "measures[0].dueOn",
                        "2024-09-30",
                        "measures[0].recurrence",
                        "MONTHLY"));
        assertThat(noUnit.statusCode()).isEqualTo(200);
        assertThat(noUnit.body())
                .contains("มาตรการต้องมีหน่วยงานรับผิดชอบ")
                .contains("ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน");
        var late = officer.post(
                "/admin/plans/2567/rows/" + i7,
                Map.of(
                        "assessment",
                        "ข้อ 7 ท่านรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปี",
                        "issue",
                        "บุคลากรบางรายไม่ทราบข้อมูลงบประมาณ",
                        "measures[0].text",
                        "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน",
                        "measures[0].unit",
                        "กองคลัง",
                        "measures[0].dueOn",
                        "2024-10-15",
                        "measures[0].recurrence",
                        "MONTHLY"));
        assertThat(late.body()).contains("อยู่นอกปีงบประมาณ 2567");
        assertThat(improvement.plan(agency, 2567).orElseThrow().rows().get(i7).measures())
                .isEmpty();

        var saved = officer.post(
                "/admin/plans/2567/rows/" + i7,
                Map.of(
                        "assessment",
                        "ข้อ 7 ท่านรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปี",
                        "issue",
                        "บุคลากรบางรายไม่ทราบข้อมูลงบประมาณ",
                        "measures[0].text",
                        "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน",
                        "measures[0].unit",
                        "กองคลัง",
                        "measures[0].dueOn",
                        "2024-09-30",
                        "measures[0].recurrence",
                        "MONTHLY",
                        "measures[0].oitItems",
                        "O11, O12"));
        assertThat(Browser.location(saved)).contains("/admin/plans/2567");
        var measure = improvement
                .plan(agency, 2567)
                .orElseThrow()
                .rows()
                .get(i7)
                .measures()
                .get(0);
        assertThat(measure.unit()).isEqualTo("กองคลัง");
        assertThat(measure.oitItems()).containsExactly("O11", "O12");

        // Several measures at once, and a measure reused from another row, as the reference repeats them: the
        // form comes back as typed with room or the copy added, and nothing is saved until Save.
        int e10 = plan.rows().stream().map(PlanDocument.Row::reference).toList().indexOf("e10");
        var e10Row = improvement.plan(agency, 2567).orElseThrow().rows().get(e10);
        var typed = new java.util.HashMap<>(Map.of(
                "rowId", e10Row.id().toString(),
                "assessment", e10Row.assessment(),
                "issue", e10Row.issue(),
                "measures[0].text", "แจ้งผลการใช้จ่ายงบประมาณทางเว็บไซต์ทุกไตรมาส"));
        officer.get("/admin/plans/2567/rows/" + e10);
        typed.put("addMeasures", "3");
        var roomy = officer.post("/admin/plans/2567/rows/" + e10, typed).body();
        assertThat(roomy)
                .contains("ยังไม่ได้บันทึก")
                .contains("แจ้งผลการใช้จ่ายงบประมาณทางเว็บไซต์ทุกไตรมาส")
                .contains("name=\"measures[3].text\"");
        typed.remove("addMeasures");
        typed.put("reuse", "1");
        assertThat(officer.post("/admin/plans/2567/rows/" + e10, typed).body())
                .contains("กรุณาเลือกมาตรการที่จะคัดลอก");
        typed.put("reuseMeasureId", measure.id().toString());
        var copied = officer.post("/admin/plans/2567/rows/" + e10, typed).body();
        assertThat(copied)
                .contains("แจ้งผลการใช้จ่ายงบประมาณทางเว็บไซต์ทุกไตรมาส")
                .contains("ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน")
                // Its due date (30 Sep 2567) is past: the copy comes without dates, rather than late at once.
                .doesNotContain("30/09/2567");
        assertThat(improvement.plan(agency, 2567).orElseThrow().rows().get(e10).measures())
                .isEmpty();
        typed.remove("reuse");
        typed.remove("reuseMeasureId");
        typed.putAll(Map.of(
                "measures[0].unit", "กองคลัง",
                "measures[0].dueOn", "30/09/2567",
                "measures[1].text", "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน",
                "measures[1].unit", "กองคลัง",
                "measures[1].dueOn", "30/09/2567"));
        officer.post("/admin/plans/2567/rows/" + e10, typed);
        var e10Measures =
                improvement.plan(agency, 2567).orElseThrow().rows().get(e10).measures();
        assertThat(e10Measures)
                .extracting(PlanDocument.Measure::text)
                .containsExactly(
                        "แจ้งผลการใช้จ่ายงบประมาณทางเว็บไซต์ทุกไตรมาส", "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณทุกเดือน");
        // The copy is a measure of its own, tracked apart from the one it was copied from.
        assertThat(e10Measures.get(1).id()).isNotEqualTo(measure.id());

        // Sending it to be signed needs the date, the signer and the meeting the text speaks of.
        officer.get("/admin/plans/2567");
        var refused = officer.post("/admin/plans/2567/submit", Map.of());
        assertThat(refused.body())
                .contains("ยังไม่ได้ระบุวันที่ประกาศ")
                .contains("ยังไม่ได้ระบุชื่อและตำแหน่งผู้ลงนาม");
        assertThat(announcements.announcements(agency, 2567)).isEmpty();
        var details = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("subject", plan.subject()),
                Map.entry("body", String.join("\n\n", plan.body())),
                Map.entry("announcedOn", "2023-10-02"),
                Map.entry("signerName", "นายสมชาย รักษ์ถิ่น"),
                Map.entry("signerPosition", "นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส"),
                Map.entry("meetingNumber", "1"),
                Map.entry("meetingYear", "2566"),
                Map.entry("meetingHeldOn", "2023-09-16"),
                Map.entry("meetingPlace", "ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านโปร่งใส"),
                Map.entry("meetingResolution", "เห็นชอบ")));
        // One Save for the announcement, the meeting and the working group (one member a line): a line without
        // a role is refused, nothing is saved, and everything typed stays, the meeting place above it too.
        details.put("members", "นายสมชาย รักษ์ถิ่น | นายก อบต. | ประธานคณะทำงาน\nนางวิไลวรรณ ศรีสุข | ปลัด อบต.");
        var badMembers = officer.post("/admin/plans/2567/details", details);
        assertThat(badMembers.body())
                .contains("บรรทัดที่ 2 (")
                .contains("ชื่อ | ตำแหน่ง | บทบาท")
                .contains("นางวิไลวรรณ ศรีสุข | ปลัด อบต.")
                .contains("ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านโปร่งใส");
        assertThat(improvement.plan(agency, 2567).orElseThrow().signer()).isNull();
        assertThat(workingGroup.members(agency, 2567)).isEmpty();
        details.put(
                "members",
                "นายสมชาย รักษ์ถิ่น | นายก อบต. | ประธานคณะทำงาน\nนางวิไลวรรณ ศรีสุข | ปลัด อบต. | รองประธาน\nนายปกรณ์ มั่นคง | | เลขานุการ");
        officer.get("/admin/plans/2567");
        officer.post("/admin/plans/2567/details", details);
        assertThat(workingGroup.members(agency, 2567))
                .extracting(WorkingGroup.Member::role)
                .containsExactly("ประธานคณะทำงาน", "รองประธาน", "เลขานุการ");
        assertThat(improvement.plan(agency, 2567).orElseThrow().meeting().place())
                .isEqualTo("ห้องประชุมสภาองค์การบริหารส่วนตำบลบ้านโปร่งใส");
        officer.get("/admin/plans/2567");
        var submitted = officer.post("/admin/plans/2567/submit", Map.of());
        assertThat(Browser.location(submitted)).endsWith("/admin/plans/2567");
        assertThat(officer.get("/admin/plans/2567").body()).contains("รอผู้บริหารลงนาม");
        // Sent, not published: only the executive's signature publishes it.
        assertThat(announcements.announcements(agency, 2567)).isEmpty();
        assertThat(officer.post("/admin/plans/2567/submit", Map.of()).body()).contains("รอผู้บริหารลงนามอยู่แล้ว");

        // The executive finds it on the home page, returns it once with a comment, which the officer reads.
        var mayor = new Browser(port);
        mayor.signIn("mayor", "prongsai-demo", null);
        var home = mayor.get("/admin").body();
        assertThat(home).contains("ลงนามประกาศปีงบประมาณ 2567");
        var waiting = signing.waiting(agency).get(0);
        var page = "/admin/plans/2567/signing/" + waiting.id();
        assertThat(mayor.get(page).body()).contains("อ่านประกาศก่อนลงนาม");
        assertThat(officer.post(page + "/sign", Map.of()).statusCode()).isEqualTo(403);
        assertThat(mayor.post(page + "/return", Map.of("comment", " ")).body()).contains("โปรดระบุสิ่งที่ต้องแก้ไข");
        mayor.post(page + "/return", Map.of("comment", "แก้ไขชื่อผู้ลงนามให้ถูกต้อง"));
        assertThat(officer.get("/admin").body()).contains("แก้ไขชื่อผู้ลงนามให้ถูกต้อง");
        assertThat(officer.get("/admin/plans/2567").body()).contains("แก้ไขชื่อผู้ลงนามให้ถูกต้อง");
        // A decided request is not decided again.
        mayor.get(page);
        assertThat(mayor.post(page + "/sign", Map.of()).body()).contains("ได้รับการพิจารณาไปแล้ว");
        assertThat(announcements.announcements(agency, 2567)).isEmpty();

        officer.get("/admin/plans/2567");
        officer.post("/admin/plans/2567/submit", Map.of());
        var again =
                "/admin/plans/2567/signing/" + signing.waiting(agency).get(0).id();
        mayor.get(again);
        var signed = mayor.postFile(
                again + "/sign",
                Map.of("actingFor", "ปฏิบัติราชการแทนนายกองค์การบริหารส่วนตำบลบ้านโปร่งใส"),
                "scan",
                "",
                "application/octet-stream",
                new byte[0]);
        assertThat(Browser.location(signed)).endsWith("/admin/plans/2567");
        var versions = announcements.announcements(agency, 2567);
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).signedBy()).isEqualTo("นายสมชาย รักษ์ถิ่น");
        assertThat(versions.get(0).actingFor()).startsWith("ปฏิบัติราชการแทน");
        assertThat(mayor.get("/admin").body()).doesNotContain("ลงนามประกาศปีงบประมาณ 2567");

        // The public site lists it; the file served is the one whose hash is shown.
        var citizen = new Browser(port);
        assertThat(citizen.get("/announcements").body())
                .contains(versions.get(0).pdfSha256());
        var pdf = citizen.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/announcements/2567/"
                                + versions.get(0).version() + ".pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .isEqualTo(versions.get(0).pdfSha256());

        // The issued announcement is the evidence for OIT item O42 of the plan's year.
        assertThat(citizen.get("/oit/2567/O42").body())
                .contains("/announcements/2567/" + versions.get(0).version() + ".pdf");

        assertThat(mayor.get("/admin/plans/2567").statusCode()).isEqualTo(200);
        assertThat(mayor.post("/admin/plans/2567/submit", Map.of()).statusCode())
                .isEqualTo(403);
    }
}
