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
@org.springframework.test.context.event.RecordApplicationEvents
class LinkCheckerTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

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
    void forgetsOnlyThePagesOfItemsWhoseStateChangedAndAsksEachAddressOnce() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var link = "https://1.1.1.1/checked-once-" + java.util.UUID.randomUUID() + ".pdf";
        for (var item : List.of("O12", "O13")) {
            publishing.addEvidence(
                    agency, 2569, item, new EvidenceForm("แผน " + item, null, link, 2569, List.of()), null, null);
        }
        // The same address under two items is asked once; both items get its answer.
        var asked = checker.ask(java.util.Set.of(link, "http://10.0.0.9/private"));
        assertThat(asked).containsOnlyKeys(link, "http://10.0.0.9/private").containsValue(false);

        events.clear();
        checker.checkAll();
        var checked = events.stream(EvidenceChecked.class)
                .filter(e -> e.agency().equals(agency))
                .toList();
        assertThat(checked).singleElement().satisfies(e -> {
            assertThat(e.items()).contains("2569/O12", "2569/O13");
            assertThat("/oit/2569/O12").matches(e.pages());
            assertThat("/oit/2569").matches(e.pages());
            assertThat("/oit/2568/O1").doesNotMatch(e.pages());
            assertThat("/news").doesNotMatch(e.pages());
        });
        // Nothing changed since: no page is forgotten.
        events.clear();
        checker.checkAll();
        assertThat(events.stream(EvidenceChecked.class).filter(e -> e.agency().equals(agency)))
                .isEmpty();
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
