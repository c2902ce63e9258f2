package org.prongsai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.news.News;
import org.prongsai.news.NewsForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One search over the public site: what a citizen or an assessor types finds the item, the news, the rows. */
@ProngsaiTest
class SearchTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    News news;

    @Autowired
    JdbcClient jdbc;

    private AgencyId demo() {
        return agencies.findIdBySlug("banprongsai").orElseThrow();
    }

    @Test
    void readsAnItemCodeHoweverItIsWritten() {
        assertThat(SearchQuery.of("O11").code()).isEqualTo("O11");
        assertThat(SearchQuery.of("o 11").code()).isEqualTo("O11");
        // The NACC's own documents print the letter O as a Thai zero: "(อ้างอิงจาก ๐๑๑)".
        assertThat(SearchQuery.of("๐๑๑").code()).isEqualTo("O11");
        assertThat(SearchQuery.of("o2").code()).isEqualTo("O2");
        assertThat(SearchQuery.of("11").code()).isNull();
        assertThat(SearchQuery.of("งบประมาณ ๒๕๖๗").words()).contains("2567");
        assertThat(SearchQuery.of("งบประมาณ ๒๕๖๗").joined()).isEqualTo("งบประมาณ 2567");
        assertThat(SearchQuery.of("   ").isEmpty()).isTrue();
    }

    @Test
    void marksTheWordsFoundInTheSnippet() {
        var pieces = Snippets.around("แผนการใช้จ่ายงบประมาณประจำปี และรายงานงบประมาณ", java.util.List.of("งบประมาณ"));
        assertThat(pieces).filteredOn(SearchIndex.Piece::marked).hasSize(2).allSatisfy(p -> assertThat(p.text())
                .isEqualTo("งบประมาณ"));
        assertThat(pieces.stream().map(SearchIndex.Piece::text).reduce("", String::concat))
                .isEqualTo("แผนการใช้จ่ายงบประมาณประจำปี และรายงานงบประมาณ");
    }

    @Test
    void findsTheItemsANewAgencyHasByTheirNamesCodesAndMisspellings() {
        var agency = demo();
        index.rebuild(agency);
        assertThat(urls(agency, "โครงสร้าง")).contains("/oit/2566/O1");
        assertThat(urls(agency, "ผู้บริหาร")).contains("/oit/2566/O2");
        // Where to complain or report, in the words of the channel's own pages.
        assertThat(urls(agency, "ร้องเรียน")).contains("/complaints");
        assertThat(urls(agency, "เบาะแส")).contains("/complaints");
        assertThat(urls(agency, "แนวปฏิบัติ")).contains("/complaints/guideline");
        assertThat(urls(agency, "งบประมาณ")).contains("/oit/2566/O11", "/oit/2566/O12");
        // Misspelt (ณ typed as น): still the budget items, and the page says what was searched instead.
        assertThat(urls(agency, "งบประมาน")).contains("/oit/2566/O11");
        assertThat(index.search(agency, "งบประมาน", null, 0).corrected()).isEqualTo("งบประมาณ");
        var page = new Browser(port).get("/search?q=" + URLEncoder.encode("งบประมาน", StandardCharsets.UTF_8));
        assertThat(page.body()).contains("ไม่พบ &quot;งบประมาน&quot; จึงแสดงผลการค้นหา &quot;งบประมาณ&quot; แทน");
        var byCode = index.search(agency, "o 11", null, 0);
        assertThat(byCode.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.code())
                .isEqualTo("O11"));
        assertThat(index.search(agency, "zzqqxx", null, 0).total()).isZero();
        // Pages of 20, grouped by kind.
        var budget = index.search(agency, "งบประมาณ", "oit", 0);
        assertThat(budget.hits()).hasSizeLessThanOrEqualTo(SearchIndex.PAGE_SIZE);
        assertThat(budget.counts()).containsKey("oit");
    }

    @Test
    void newsIsFoundOnceItIsPublishedAndAnotherAgencysNeverIs() throws Exception {
        var agency = demo();
        var officer = new Browser(port);
        officer.signIn("ita", "prongsai-demo", null);
        officer.get("/admin/news");
        var title = "ประชาสัมพันธ์การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง "
                + UUID.randomUUID().toString().substring(0, 6);
        officer.post(
                "/admin/news",
                Map.of("title", title, "body", "ชำระภาษีได้ที่กองคลังทุกวันทำการ", "publishedOn", "2026-12-01"));
        assertThat(indexer.awaitIdle(30)).isTrue();
        assertThat(urls(agency, "ภาษีที่ดิน")).anySatisfy(u -> assertThat(u).startsWith("/news/"));

        // Another agency's unit is never found on this agency's site.
        var other = newAgency("search", "องค์การบริหารส่วนตำบลค้นหาอื่น", "Other Search SAO", "แพร่");
        agencies.addUnit(other, new UnitForm("กองสวัสดิการสังคมพิเศษค้นหา", "Special Welfare", null, null, 1));
        index.rebuild(other);
        assertThat(index.search(other, "สวัสดิการสังคมพิเศษค้นหา", null, 0).total())
                .isPositive();
        assertThat(index.search(agency, "สวัสดิการสังคมพิเศษค้นหา", null, 0).total())
                .isZero();

        // Anyone searches from the public site; the words found are marked, and what was typed is escaped.
        var citizen = new Browser(port);
        var page = citizen.get("/search?q=" + URLEncoder.encode("ภาษีที่ดิน", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>").contains(title);
        // The most sought list counts the words found, never what was typed around them.
        for (int i = 0; i < 30; i++) {
            citizen.get("/search?q=" + URLEncoder.encode("ภาษีที่ดิน 🅻🅸🅽🅴 ☎☎ !!!", StandardCharsets.UTF_8));
        }
        assertThat(citizen.get("/search").body())
                .contains("ภาษีที่ดิน")
                .doesNotContain("🅻")
                .doesNotContain("☎");
        var hostile =
                citizen.get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>");
        // The administrator alone rebuilds the index.
        citizen.get("/");
        assertThat(Browser.location(citizen.post("/admin/search/rebuild", Map.of())))
                .contains("/login");
        assertThat(officer.post("/admin/search/rebuild", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void pagesGiveTitlesFirstThenTexts_eachNewestFirst_andCorrectAMisspelling() throws Exception {
        var agency = newAgency("paging", "องค์การบริหารส่วนตำบลหน้าค้นหา", "Paging Search SAO", "น่าน");
        index.rebuild(agency);
        // Asked before anything has the words: the answer kept must not outlive the change.
        assertThat(index.search(agency, "ตรวจนับพัสดุ", null, 0).total()).isZero();
        var titled = new java.util.ArrayList<String>();
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < 45; i++) {
            boolean inTitle = i % 9 < 5; // 25 with the words in the title, 20 in the text only
            var id = news.publish(
                    agency,
                    new NewsForm(
                            inTitle ? "ผลการตรวจนับพัสดุประจำปี ครั้งที่ " + i : "ประชาสัมพันธ์ ครั้งที่ " + i,
                            inTitle ? "รายละเอียด" : "แจ้งผลการตรวจนับพัสดุของหน่วยงาน",
                            LocalDate.of(2026, 1, 1).plusDays(i * 7L),
                            null));
            (inTitle ? titled : texts).add(0, "/news/" + id); // newest first
        }
        assertThat(indexer.awaitIdle(30)).isTrue();

        var found = new java.util.ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            var results = index.search(agency, "ตรวจนับพัสดุ", null, page);
            assertThat(results.total()).isEqualTo(45);
            assertThat(results.pages()).isEqualTo(3);
            results.hits().forEach(h -> found.add(h.url()));
        }
        var expected = new java.util.ArrayList<>(titled);
        expected.addAll(texts);
        assertThat(found).containsExactlyElementsOf(expected);
        // A page past the last is the last; a kind narrows the count.
        assertThat(index.search(agency, "ตรวจนับพัสดุ", null, 9).page()).isEqualTo(2);
        assertThat(index.search(agency, "ตรวจนับพัสดุ", "news", 0).counts()).containsEntry("news", 45L);

        // พัสดุ misspelt as พัศดุ, as it often is: the right spelling is searched and said.
        var misspelt = index.search(agency, "ตรวจนับพัศดุ", null, 0);
        assertThat(misspelt.corrected()).isEqualTo("ตรวจนับพัสดุ");
        assertThat(misspelt.hits()).extracting(SearchIndex.Hit::url).startsWith(titled.get(0));
        // What is near nothing is not "corrected" into something.
        assertThat(index.search(agency, "ฟหกดเสวง", null, 0).corrected()).isNull();
    }

    @Test
    void newsPublishedWithinAMomentIsIndexedInOneTurn() throws Exception {
        var agency = newAgency("burst", "องค์การบริหารส่วนตำบลข่าวถี่", "Burst News SAO", "น่าน");
        index.rebuild(agency);
        assertThat(indexer.awaitIdle(30)).isTrue();
        long before = generation(agency);
        // The second comes while the first one's turn gathers (an idle indexer would start at once on the first).
        var first = news.publish(agency, new NewsForm("ข่าวแรกของชุด", "เนื้อหา", LocalDate.of(2026, 11, 2), null));
        var second = news.publish(agency, new NewsForm("ข่าวที่สองของชุด", "เนื้อหา", LocalDate.of(2026, 11, 2), null));
        assertThat(indexer.awaitIdle(30)).isTrue();
        assertThat(generation(agency) - before).isEqualTo(1);
        assertThat(urls(agency, "ข่าวแรกของชุด")).containsExactly("/news/" + first);
        assertThat(urls(agency, "ข่าวที่สองของชุด")).containsExactly("/news/" + second);
    }

    /** A small SAO of its own, so that what a test indexes meets no other test's documents. */
    private AgencyId newAgency(String slug, String nameTh, String nameEn, String province) {
        return agencies.create(new NewAgencyForm(
                slug + "-" + UUID.randomUUID().toString().substring(0, 8),
                "",
                nameTh,
                nameEn,
                AgencyKind.SAO,
                "S",
                province));
    }

    private long generation(AgencyId agency) {
        return jdbc.sql("select generation from search_state where agency_id = :a")
                .param("a", agency.value())
                .query(Long.class)
                .single();
    }

    @Test
    void aNewsItemIsIndexedAloneAndLeavesTheIndexWhenRemoved() throws Exception {
        var agency = demo();
        assertThat(indexer.awaitIdle(30)).isTrue();
        // A row no source gives: a rebuild of the agency would drop it, indexing one news item must not.
        jdbc.sql("insert into search_entry (agency_id, kind, key, title, body, url, lexemes, title_lexemes)"
                        + " values (:a, 'probe', :k, '', '', '/', '', '')")
                .param("a", agency.value())
                .param("k", "probe-" + UUID.randomUUID())
                .update();
        var word = "ทดสอบดัชนีทีละข่าว" + UUID.randomUUID().toString().substring(0, 4);
        var id = news.publish(agency, new NewsForm("ประกาศ " + word, "เนื้อหา", LocalDate.of(2026, 12, 1), null));
        assertThat(indexer.awaitIdle(30)).isTrue();
        assertThat(urls(agency, word)).containsExactly("/news/" + id);
        assertThat(probes(agency)).isEqualTo(1);

        news.remove(agency, id);
        assertThat(indexer.awaitIdle(30)).isTrue();
        assertThat(urls(agency, word)).isEmpty();
        assertThat(probes(agency)).isEqualTo(1);

        // Any other change indexes the agency anew, and what no source gives is gone.
        indexer.later(agency);
        assertThat(indexer.awaitIdle(30)).isTrue();
        assertThat(probes(agency)).isZero();
    }

    @Test
    void theSitemapListsEachNewsItemAndDatesPagesByTheirNewestDocument() throws Exception {
        var agency = demo();
        var id = news.publish(agency, new NewsForm("ข่าวในแผนผังเว็บไซต์", "เนื้อหา", LocalDate.of(2026, 12, 2), null));
        assertThat(indexer.awaitIdle(30)).isTrue();
        var sitemap = new Browser(port).get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        var entries = new java.util.LinkedHashMap<String, String>();
        var url = java.util.regex.Pattern.compile(
                        "<url><loc>https?://[^/<]+(/[^<]*)</loc>(?:<lastmod>([^<]+)</lastmod>)?</url>")
                .matcher(sitemap.body());
        while (url.find()) {
            entries.put(url.group(1), url.group(2));
        }
        var item = entries.get("/news/" + id);
        assertThat(item).isNotNull();
        var when = java.time.OffsetDateTime.parse(item);
        assertThat(when.getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(7));
        assertThat(java.time.Duration.between(when.toInstant(), java.time.Instant.now())
                        .abs())
                .isLessThan(java.time.Duration.ofMinutes(5));
        // The news list and the home page are as new as their newest item; an item page with no evidence has none.
        assertThat(java.time.OffsetDateTime.parse(entries.get("/news"))).isAfterOrEqualTo(when);
        assertThat(java.time.OffsetDateTime.parse(entries.get("/"))).isAfterOrEqualTo(when);
        assertThat(entries)
                .containsKeys("/oit/2568/O1", "/qa", "/complaints", "/complaints/guideline", "/complaints/statistics");
        news.remove(agency, id);
        assertThat(indexer.awaitIdle(30)).isTrue();
    }

    private long probes(AgencyId agency) {
        return jdbc.sql("select count(*) from search_entry where agency_id = :a and kind = 'probe'")
                .param("a", agency.value())
                .query(Long.class)
                .single();
    }

    private java.util.List<String> urls(AgencyId agency, String q) {
        return index.search(agency, q, null, 0).hits().stream()
                .map(SearchIndex.Hit::url)
                .toList();
    }
}
