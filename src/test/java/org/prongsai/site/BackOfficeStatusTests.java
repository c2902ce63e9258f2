package org.prongsai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.improvement.PlanDocument;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ItaStatus;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The back office's home says where the agency stands in this year's ITA cycle, line by line. */
@ProngsaiTest
class BackOfficeStatusTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    List<ItaStatus.Source> sources;

    private List<ItaStatus> status(AgencyId agency) {
        return sources.stream()
                .flatMap(s -> s.status(agency, LocalDate.now(ThaiFormat.BANGKOK)).stream())
                .toList();
    }

    private static ItaStatus line(List<ItaStatus> lines, String label) {
        return lines.stream()
                .filter(l -> l.labelKey().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNewAgencyHasNoResultNorPlanAndADraftPlanIsUnderWay() {
        var agency = agencies.create(new NewAgencyForm(
                "status-" + UUID.randomUUID().toString().substring(0, 8),
                "",
                "องค์การบริหารส่วนตำบลทดสอบสถานะ",
                "Status Test SAO",
                AgencyKind.SAO,
                "S",
                "น่าน"));
        var before = status(agency);
        assertThat(line(before, "ita.status.result").state()).isEqualTo(ItaStatus.State.MISSING);
        assertThat(line(before, "improvement.status.plan").state()).isEqualTo(ItaStatus.State.MISSING);
        var oit = line(before, "disclosure.status.oit");
        assertThat(oit.state()).isEqualTo(ItaStatus.State.PENDING);
        assertThat((int) oit.first()).isLessThan((int) oit.second());

        int year = FiscalYear.containing(LocalDate.now(ThaiFormat.BANGKOK)).buddhistYear();
        improvement.create(
                agency,
                new PlanDocument(
                        year, year - 1, "เรื่อง ทดสอบ", List.of("ย่อหน้า"), Map.of(), null, null, null, List.of()));
        var drafted = line(status(agency), "improvement.status.plan");
        assertThat(drafted.state()).isEqualTo(ItaStatus.State.PENDING);
        assertThat(drafted.valueKey()).isEqualTo("improvement.status.plan.draft");
    }

    @Test
    void theExecutiveReadsTheStatusAndTheOutsideAssessorDoesNot() {
        int year = FiscalYear.containing(LocalDate.now(ThaiFormat.BANGKOK)).buddhistYear();
        var mayor = new Browser(port);
        mayor.signIn("mayor", "prongsai-demo", null);
        assertThat(mayor.get("/admin").body())
                .contains("สถานะ ITA ปีงบประมาณ " + year)
                .contains("ผลการประเมิน ITA ล่าสุด")
                .contains("แผนปรับปรุงการประเมิน ITA")
                .contains("การเปิดเผยข้อมูลสาธารณะ (OIT)");
        var assessor = new Browser(port);
        assessor.signIn("assessor", "prongsai-demo", null);
        assertThat(assessor.get("/admin").body()).doesNotContain("สถานะ ITA ปีงบประมาณ");
    }
}
