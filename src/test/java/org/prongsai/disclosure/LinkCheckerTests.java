package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly link check: a link that does not answer is flagged; a private address is never asked. */
@ProngsaiTest
class LinkCheckerTests {

    @Autowired
    LinkChecker checker;

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void flagsALinkThatDoesNotAnswer() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        // A public name that resolves nowhere from here: the check really tries it, and it fails.
        disclosure.addEvidence(
                agency,
                2568,
                "O11",
                new DisclosureManagement.EvidenceForm(
                        "แผนการดำเนินงาน", null, "https://plan.banprongsai.example.go.th/2568.pdf", 2568, List.of()),
                null,
                null);
        checker.checkAll();
        var o11 = disclosure.item(agency, 2568, "O11").orElseThrow();
        assertThat(o11.brokenLink()).isTrue();
        assertThat(o11.state()).isEqualTo(ItemStatus.State.INCOMPLETE);
    }

    @Test
    void neverAsksAPrivateAddressEvenIfOneIsInTheDatabase() {
        assertThat(checker.answers("http://10.0.0.5/secret")).isFalse();
        assertThat(checker.answers("http://169.254.169.254/latest/meta-data")).isFalse();
        assertThat(checker.answers("http://localhost:8080/actuator")).isFalse();
        assertThat(LinkPolicy.privateAddress("http://169.254.169.254/")).isTrue();
        assertThat(LinkPolicy.privateAddress("http://[fd00::1]/")).isTrue();
        assertThat(LinkPolicy.privateAddress("https://www.nacc.go.th/")).isFalse();
    }
}
