package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The readiness page in Chromium: its chart counts the items of each sub-indicator by state. */
@ProngsaiTest
class ReadinessPageTests extends ChromiumTest {

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    EvidencePublishing publishing;

    @Autowired
    AgencyManagement agencies;

    @Override
    protected String artifactPrefix() {
        return "readiness-";
    }

    @Test
    void drawsTheStatesOfEverySubIndicatorAsStackedBars() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        publishing.addEvidence(
                agency,
                2566,
                "O10",
                new EvidenceForm("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "นโยบาย", null, 2565, List.of()),
                null,
                null);
        var catalogue = disclosure.catalogue(agency, 2566);

        signIn("ita", "prongsai-demo");
        browser.get(url("/admin/oit/2566"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> browser.executeScript(
                        "return window.Chart && Chart.getChart(document.getElementById('readiness-chart')) != null"));

        @SuppressWarnings("unchecked")
        var drawn = (List<Object>)
                browser.executeScript(
                        """
                var chart = Chart.getChart(document.getElementById('readiness-chart'));
                return [chart.data.labels.length,
                        chart.data.datasets.map(function (d) { return d.label; }),
                        chart.data.datasets.map(function (d) {
                          return d.data.reduce(function (a, b) { return a + b; }, 0); }),
                        chart.options.indexAxis];
                """);
        var framework = disclosure.framework(2566);
        long subIndicators = framework.subIndicators().stream()
                .filter(sub -> catalogue.stream()
                        .anyMatch(s -> sub.code().equals(s.item().subIndicator())))
                .count();
        assertThat(((Number) drawn.get(0)).longValue()).isEqualTo(subIndicators);
        assertThat(drawn.get(1)).isEqualTo(List.of("ครบถ้วน", "ยังไม่ครบ", "ข้อมูลไม่เป็นปัจจุบัน"));
        var totals = ((List<?>) drawn.get(2))
                .stream().map(n -> ((Number) n).longValue()).toList();
        assertThat(totals)
                .containsExactly(
                        count(catalogue, ItemStatus.State.COMPLETE),
                        count(catalogue, ItemStatus.State.INCOMPLETE),
                        count(catalogue, ItemStatus.State.STALE));
        assertThat(totals.get(2)).isPositive();
        assertThat(drawn.get(3)).isEqualTo("y");
        screenshot("chart");
    }

    private static long count(List<ItemStatus> catalogue, ItemStatus.State state) {
        return catalogue.stream().filter(s -> s.state() == state).count();
    }
}
