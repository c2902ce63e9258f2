package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.Role;
import org.prongsai.account.StaffAccountForm;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.prongsai.shared.ToDo;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The home page's measures to-do: each person counts what their own board shows, and it links to those. */
@ProngsaiTest
class ImprovementToDoTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    ImprovementToDo toDo;

    record Person(AgencyId agencyId, UUID userId, String displayName) implements StaffIdentity {}

    private List<ToDo> asPerson(AgencyId agency, UUID user, Set<String> roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(new Person(agency, user, "ทดสอบ"), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return toDo.toDo(agency, roles, LocalDate.now());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PlanDocument.Measure measure(String text, String unit) {
        return new PlanDocument.Measure(
                text, unit, null, null, LocalDate.of(2025, 3, 31), PlanDocument.Recurrence.NONE, null, List.of());
    }

    @Test
    void aUnitHeadCountsTheirOwnUnitsLateMeasuresAndTheOfficerEveryUnits() {
        var agency = agencies.create(new NewAgencyForm(
                "todo-" + UUID.randomUUID().toString().substring(0, 8),
                "",
                "องค์การบริหารส่วนตำบลทดสอบงาน",
                "To-do Test SAO",
                AgencyKind.SAO,
                "S",
                "ลำปาง"));
        var works = agencies.addUnit(agency, new UnitForm("กองช่าง", "Public Works", null, null, 1));
        agencies.addUnit(agency, new UnitForm("กองคลัง", "Finance", null, null, 2));
        improvement.create(
                agency,
                new PlanDocument(
                        2568,
                        2567,
                        "เรื่อง ทดสอบ",
                        List.of("ย่อหน้า"),
                        Map.of(),
                        null,
                        null,
                        null,
                        List.of(new PlanDocument.Row(
                                "IIT",
                                "2",
                                null,
                                "i7",
                                "ข้อ 7",
                                "ประเด็น",
                                null,
                                List.of(
                                        measure("ซ่อมถนน", "กองช่าง"),
                                        measure("เผยแพร่แผนการใช้จ่าย", "กองคลัง"),
                                        measure("รายงานงบประมาณ", "กองคลัง"))))));
        var head = accounts.create(
                agency,
                new StaffAccountForm(
                        "works-head",
                        "หัวหน้ากองช่าง",
                        null,
                        null,
                        works,
                        Set.of(Role.UNIT_HEAD),
                        true,
                        "a-long-password-123"));
        var officer = accounts.create(
                agency,
                new StaffAccountForm(
                        "officer",
                        "เจ้าหน้าที่ ITA",
                        null,
                        null,
                        null,
                        Set.of(Role.ITA_OFFICER),
                        true,
                        "a-long-password-123"));

        assertThat(asPerson(agency, head, Set.of("UNIT_HEAD")))
                .filteredOn(t -> t.textKey().equals("improvement.todo.late"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.first()).isEqualTo(1L);
                    assertThat(t.link()).isEqualTo("/admin/measures?show=LATE");
                });
        assertThat(asPerson(agency, officer, Set.of("ITA_OFFICER")))
                .filteredOn(t -> t.textKey().equals("improvement.todo.late"))
                .singleElement()
                .satisfies(t -> assertThat(t.first()).isEqualTo(3L));
    }
}
