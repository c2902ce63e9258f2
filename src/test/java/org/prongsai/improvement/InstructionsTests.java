package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.Unit;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The executive's instructions (ข้อสั่งการ) on a quarterly report reach the chosen units: their head and staff
 * see them on the home page and the measures board until someone of the unit says it read them, and the
 * executive sees who has.
 */
@ProngsaiTest
class InstructionsTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    Instructions instructions;

    @Autowired
    QuarterlyReports reports;

    record Person(AgencyId agencyId, UUID userId, String displayName) implements StaffIdentity {}

    @Test
    void anInstructionGivenWithTheAcknowledgementReachesTheChosenUnitUntilItsHeadReadsIt() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var finance = unit(agency, "กองคลัง");
        var works = unit(agency, "กองช่าง");
        var report = "/admin/plans/2569/reports/2";
        var text = "ให้กองคลังเร่งรัดการเผยแพร่รายงานการใช้จ่ายงบประมาณให้ครบภายในเดือนถัดไป";

        // No unit chosen: refused in words, nothing acknowledged, and the instruction typed stays.
        var mayor = new Browser(port);
        mayor.signIn("mayor", "prongsai-demo", null);
        mayor.get(report);
        var refused = mayor.post(report + "/acknowledge", Map.of("instruction", text));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("กรุณาเลือกหน่วยงานที่จะได้รับข้อสั่งการอย่างน้อยหนึ่งหน่วยงาน")
                .contains(text);
        assertThat(reports.acknowledgedReports(agency, 2569)).doesNotContainKey(2);

        // Only the executive instructs; a forged unit of no agency is refused.
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get(report);
        assertThat(officer.post(
                                report + "/instructions",
                                Map.of("instruction", text, "instructionUnits", finance.toString()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(mayor.post(
                                report + "/acknowledge",
                                Map.of(
                                        "instruction",
                                        text,
                                        "instructionUnits",
                                        UUID.randomUUID().toString()))
                        .body())
                .contains("หน่วยงานที่เลือกไม่มีในหน่วยงานนี้");

        mayor.post(report + "/acknowledge", Map.of("instruction", text, "instructionUnits", finance.toString()));
        assertThat(reports.acknowledgedReports(agency, 2569)).containsKey(2);
        var given = instructions.onQuarter(agency, 2569, 2);
        assertThat(given).singleElement().satisfies(i -> {
            assertThat(i.text()).isEqualTo(text);
            assertThat(i.givenBy()).isEqualTo("นายสมชาย รักษ์ถิ่น");
            assertThat(i.units()).extracting(Instructions.Receipt::unitId).containsExactly(finance);
        });
        var id = given.get(0).id();

        // The finance head finds it on the home page and on the unit's measures board; someone of a unit it did
        // not go to cannot say it was read.
        var head = new Browser(port);
        head.signIn("finance", "prongsai-demo", null);
        assertThat(head.get("/admin").body()).contains("ข้อสั่งการของผู้บริหาร (รายงานไตรมาสที่ 2 ปีงบประมาณ 2569)");
        assertThat(head.get("/admin/measures").body()).contains(text).contains("รับทราบข้อสั่งการ");
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        staff.get("/admin/measures");
        assertThat(staff.get("/admin/measures").body()).doesNotContain(text);
        var refusedRead = staff.post("/admin/measures/instructions/" + id + "/read", Map.of());
        assertThat(Browser.location(refusedRead)).endsWith("/admin/measures#instructions");
        assertThat(staff.get("/admin/measures").body()).contains("ข้อสั่งการนี้ไม่ได้ส่งถึงหน่วยงานของท่าน");
        assertThatThrownBy(() -> as(agency, () -> instructions.markRead(agency, id, works)))
                .isInstanceOf(PlanRefused.class);
        assertThat(instructions.onQuarter(agency, 2569, 2).get(0).units().get(0).read())
                .isFalse();

        head.get("/admin/measures");
        head.post("/admin/measures/instructions/" + id + "/read", Map.of());
        var read = instructions.onQuarter(agency, 2569, 2).get(0).units().get(0);
        assertThat(read.read()).isTrue();
        assertThat(read.readBy()).isNotBlank();
        assertThat(head.get("/admin").body()).doesNotContain("ข้อสั่งการของผู้บริหาร (รายงานไตรมาสที่ 2");
        // Said twice (a second tab, a replay): still read once, by the first.
        head.get("/admin/measures");
        head.post("/admin/measures/instructions/" + id + "/read", Map.of());
        assertThat(instructions.onQuarter(agency, 2569, 2).get(0).units().get(0).readAt())
                .isEqualTo(read.readAt());
        assertThat(mayor.get(report).body()).contains("รับทราบแล้วโดย");

        // After the acknowledgement, further instructions go on the same quarter.
        mayor.post(
                report + "/instructions",
                Map.of("instruction", "ให้กองช่างรายงานความคืบหน้าทุกสัปดาห์", "instructionUnits", works.toString()));
        assertThat(instructions.onQuarter(agency, 2569, 2)).hasSize(2);
        assertThat(instructions.unreadBy(agency, works))
                .extracting(Instructions.Instruction::text)
                .containsExactly("ให้กองช่างรายงานความคืบหน้าทุกสัปดาห์");
        // A unit without a head: its staff read it on their board and say so.
        assertThat(staff.get("/admin").body()).contains("ข้อสั่งการของผู้บริหาร (รายงานไตรมาสที่ 2 ปีงบประมาณ 2569)");
        var later = instructions.unreadBy(agency, works).get(0).id();
        staff.get("/admin/measures");
        staff.post("/admin/measures/instructions/" + later + "/read", Map.of());
        assertThat(instructions.unreadBy(agency, works)).isEmpty();
    }

    private UUID unit(AgencyId agency, String name) {
        return agencies.units(agency).stream()
                .filter(u -> u.nameTh().equals(name))
                .map(Unit::id)
                .findFirst()
                .orElseThrow();
    }

    private static void as(AgencyId agency, Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new Person(agency, UUID.randomUUID(), "หัวหน้ากองช่าง"), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
