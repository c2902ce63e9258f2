package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.Refusal;
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
    EvidencePublishing publishing;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void flagsALinkThatDoesNotAnswer() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        // A public address that does not answer from here: the check really tries it, and it fails.
        publishing.addEvidence(
                agency,
                2568,
                "O11",
                new EvidenceForm("แผนการดำเนินงาน", null, "https://1.1.1.1/plan-2568.pdf", 2568, List.of()),
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

    @Test
    void refusesEveryAddressOfIanasSpecialPurposeRegistriesAndNamesThatDoNotResolve() {
        for (var link : List.of(
                "http://100.64.0.1/",
                "http://198.18.0.1/",
                "http://0.0.0.0/",
                "http://192.0.0.8/",
                "http://240.0.0.1/",
                "http://[64:ff9b::a00:1]/",
                "http://[2002:c0a8:101::1]/",
                "http://[2001:db8::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[fe80::1]/",
                "http://metadata.internal/",
                "http://0177.0.0.1/",
                "http://[::127.0.0.1]/",
                "http://[::ffff:0:7f00:1]/")) {
            assertThat(LinkPolicy.judge(link).verdict()).as(link).isEqualTo(LinkPolicy.Verdict.PRIVATE);
            assertThat(checker.answers(link)).as(link).isFalse();
        }
        assertThat(LinkPolicy.judge("https://1.1.1.1/").verdict()).isEqualTo(LinkPolicy.Verdict.PUBLIC);
        assertThat(LinkPolicy.judge("https://[2606:4700:4700::1111]/").verdict())
                .isEqualTo(LinkPolicy.Verdict.PUBLIC);
        assertThat(LinkPolicy.judge("https://no-such-name.invalid/").verdict())
                .isEqualTo(LinkPolicy.Verdict.UNRESOLVABLE);
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publishing.addEvidence(
                        agency,
                        2568,
                        "O12",
                        new EvidenceForm("รายงาน", null, "https://no-such-name.invalid/report", 2568, List.of()),
                        null,
                        null))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("disclosure.evidence.unresolvable-link");
    }
}
