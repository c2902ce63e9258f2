package org.prongsai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.disclosure.DisclosureManagement;
import org.prongsai.disclosure.EvidenceForm;
import org.prongsai.disclosure.EvidencePublishing;
import org.prongsai.support.ChromiumTest;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public pages (and the OIT back office) in Chromium: axe-core finds no serious or critical WCAG 2.1 AA
 * problem, and the usual XSS payloads typed into evidence never run.
 */
@ProngsaiTest
class AccessibilityAndXssTests extends ChromiumTest {

    static final List<String> PAYLOADS = List.of(
            "<script>window.xss=1</script>",
            "<img src=x onerror=\"window.xss=1\">",
            "<svg onload=\"window.xss=1\">",
            "\"><script>window.xss=1</script>",
            "javascript:window.xss=1",
            "<a href=\"javascript:window.xss=1\">click</a>",
            "<iframe srcdoc=\"<script>parent.xss=1</script>\"></iframe>");

    @Autowired
    DisclosureManagement disclosure;

    @Autowired
    EvidencePublishing publishing;

    @Autowired
    AgencyManagement agencies;

    @Test
    void noXssPayloadRunsInChromium() throws Exception {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        for (var payload : PAYLOADS) {
            publishing.addEvidence(
                    agency,
                    2566,
                    "O3",
                    new EvidenceForm(payload, payload + " ข้อความ", null, 2566, List.of()),
                    null,
                    null);
        }
        browser.get(url("/oit/2566/O3"));
        assertThat(browser.getPageSource()).contains("ข้อความ");
        assertThatNoAlert();
        assertThat(browser.executeScript("return window.xss === undefined")).isEqualTo(true);
        assertThat(browser.findElements(
                        org.openqa.selenium.By.cssSelector("main script, main img[src='x'], main svg, main iframe")))
                .isEmpty();
    }

    @Test
    void publicPagesHaveNoSeriousAccessibilityProblems() throws Exception {
        // An item page with a replaced file: its versions, publication dates and unit are checked too.
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var unit = agencies.units(agency).get(0).id();
        var id = publishing.addEvidence(
                agency,
                2566,
                "O20",
                new EvidenceForm("รายงานผลการจัดซื้อจัดจ้าง", null, null, 2566, List.of(), unit, null),
                "report.pdf",
                pdf("รายงานผลการจัดซื้อจัดจ้างประจำปี"));
        publishing.replaceFile(agency, id, "report-2.pdf", pdf("รายงานผลการจัดซื้อจัดจ้างฉบับแก้ไข"), null);
        assertNoSeriousProblems(List.of(
                "/",
                "/about",
                "/about?lang=en",
                "/contact",
                "/login",
                "/announcements",
                "/oit/2567",
                "/oit/2567/O1",
                "/oit/2566/O20",
                "/qa",
                "/oit/search?q=x",
                "/upload-too-large",
                "/?lang=en"));
    }

    @Test
    void theOitBackOfficeHasNoSeriousAccessibilityProblems() throws Exception {
        signIn("ita", "prongsai-demo");
        assertNoSeriousProblems(List.of("/admin/oit/2566", "/admin/oit/2566/O20", "/admin/oit/2566/O1?lang=en"));
    }

    private static byte[] pdf(String text) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var pdf = org.prongsai.document.ThaiPdf.a4(out)) {
            pdf.paragraph(text);
        }
        return out.toByteArray();
    }

    private void assertNoSeriousProblems(List<String> paths) throws Exception {
        var axe = new String(getClass().getResourceAsStream("/axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        for (var path : paths) {
            browser.get(url(path));
            browser.executeScript(axe);
            @SuppressWarnings("unchecked")
            var result = (Map<String, Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(function (r) { done({passes: r.passes.length, violations: r.violations.filter("
                    + "  function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                    + ".map(function (v) { return {id: v.id, help: v.help, nodes: v.nodes.length}; })}); });");
            assertThat((Long) result.get("passes"))
                    .as("axe ran its checks on %s", path)
                    .isGreaterThan(10);
            assertThat((List<?>) result.get("violations")).as("axe on %s", path).isEmpty();
        }
    }

    private void assertThatNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
    }
}
