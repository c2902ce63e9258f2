package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.disclosure.DisclosureManagement;
import org.prongsai.disclosure.Evidence;
import org.prongsai.shared.AgencyId;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issued announcement is the evidence of whichever item the plan's year calls the improvement plan:
 * O42 in 2566 and 2567, O25 from 2569 (2568's list has no such item that anyone has seen).
 */
@ProngsaiTest
class PlanAsOitEvidenceTests {

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ImprovementManagement improvement;

    @Autowired
    AnnouncementSigning signing;

    @Autowired
    DisclosureManagement disclosure;

    private AgencyId agency() {
        var agency = agencies.findIdBySlug("khammeaning")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "khammeaning",
                        "",
                        "องค์การบริหารส่วนตำบลคำหมาย",
                        "Kham Mai SAO",
                        AgencyKind.SAO,
                        "S",
                        "ขอนแก่น")));
        if (agencies.units(agency).isEmpty()) {
            agencies.addUnit(agency, new UnitForm("กองคลัง", "Finance Division", null, null, 1));
        }
        return agency;
    }

    private void issue(AgencyId agency, int year) {
        var plan = TrackingTests.plan("ติดตามผล", year);
        improvement.save(
                agency,
                new PlanDocument(
                        plan.planYear(),
                        plan.assessedYear(),
                        plan.subject(),
                        plan.body(),
                        plan.headings(),
                        LocalDate.of(year - 544, 12, 20),
                        new PlanDocument.Signer("นายทดสอบ ใจดี", "นายกองค์การบริหารส่วนตำบลคำหมาย"),
                        null,
                        plan.rows()));
        Signed.issue(signing, agency, year);
    }

    private static boolean links(java.util.List<Evidence> evidence, String link) {
        return evidence.stream().anyMatch(e -> link.equals(e.link()));
    }

    @Test
    void followsTheItemThatMeansTheImprovementPlanInEachYear() {
        var agency = agency();
        issue(agency, 2567);
        issue(agency, 2569);

        var o42 = disclosure.item(agency, 2567, "O42").orElseThrow().evidence();
        assertThat(links(o42, "/announcements/2567/1.pdf")).isTrue();
        var o25 = disclosure.item(agency, 2569, "O25").orElseThrow().evidence();
        assertThat(links(o25, "/announcements/2569/1.pdf")).isTrue();
        // Nowhere else: not the item numbered O25 in 2567 (human resources), not 2568's anti-corruption plan.
        assertThat(links(disclosure.item(agency, 2567, "O25").orElseThrow().evidence(), "/announcements/2567/1.pdf"))
                .isFalse();
        assertThat(disclosure.catalogue(agency, 2569).stream()
                        .filter(s -> links(s.evidence(), "/announcements/2569/1.pdf"))
                        .map(s -> s.item().id()))
                .containsExactly("O25");
        assertThat(disclosure.catalogue(agency, 2568).stream()
                        .flatMap(s -> s.evidence().stream())
                        .filter(e -> e.link() != null && e.link().startsWith("/announcements/")))
                .isEmpty();
    }
}
