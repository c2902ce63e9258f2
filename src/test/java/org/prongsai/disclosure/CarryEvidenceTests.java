package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Last year's evidence follows its item's meaning to this year's number, in one action, once. */
@ProngsaiTest
class CarryEvidenceTests {

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    PreviousYearEvidence previousYear;

    @Autowired
    EvidencePublishing publishing;

    @Autowired
    AgencyManagement agencies;

    @LocalServerPort
    int port;

    @Test
    void theComplaintChannelOf2567IsCarriedToItsNumbersIn2568And2569() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        publishing.addEvidence(
                agency,
                2567,
                "O28",
                new EvidenceForm(
                        "ช่องทางแจ้งเบาะแสการทุจริต", "แจ้งได้ที่ศูนย์รับเรื่องร้องเรียน", null, 2567, List.of(0)),
                null,
                null);
        // 2568 numbers the complaint channel O18: that is where 2567's O28 is offered.
        assertThat(previousYear.carryable(agency, 2568, "O18"))
                .extracting(PreviousYearEvidence.Carryable::fromItem)
                .containsExactly("O28");
        assertThat(previousYear.carryable(agency, 2568, "O17")).isEmpty();

        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        // The readiness page and the NACC's URL list follow each year's own numbering.
        assertThat(officer.get("/admin/oit/2569").body())
                .contains("O25")
                .contains("O26")
                .doesNotContain("O43");
        assertThat(officer.get("/admin/oit/2569/urls.csv").body())
                .contains("O25,")
                .contains("/oit/2569/O26")
                .doesNotContain("O27");
        assertThat(officer.get("/admin/oit/2568/O18").body()).contains("นำหลักฐานจากปีก่อนมาใช้");
        officer.post("/admin/oit/2568/O18/carry", Map.of());
        assertThat(officer.get("/admin/oit/2568/O18").body())
                .contains("นำหลักฐานจากปีก่อนมาแล้ว 1 รายการ")
                .doesNotContain("นำหลักฐานจากปีก่อนมาใช้");
        var carried = disclosure.item(agency, 2568, "O18").orElseThrow().evidence().stream()
                .filter(e -> e.id() != null)
                .toList();
        // Other tests may file their own 2568 evidence under O18 on the shared demo agency: this one is there once.
        assertThat(carried).extracting(Evidence::title).containsOnlyOnce("ช่องทางแจ้งเบาะแสการทุจริต");
        assertThat(carried.stream()
                        .filter(e -> e.title().equals("ช่องทางแจ้งเบาะแสการทุจริต"))
                        .findFirst()
                        .orElseThrow()
                        .elements())
                .isEmpty();
        // Once: carrying again adds nothing.
        assertThat(previousYear.carryFromPreviousYear(agency, 2568, "O18")).isZero();

        // And on to 2569, where it is O17.
        assertThat(previousYear.carryFromPreviousYear(agency, 2569, "O17")).isPositive();
        assertThat(new Browser(port).get("/oit/2569/O17").body()).contains("ช่องทางแจ้งเบาะแสการทุจริต");
    }
}
