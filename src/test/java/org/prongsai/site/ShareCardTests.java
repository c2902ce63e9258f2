package org.prongsai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.news.News;
import org.prongsai.news.NewsForm;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A shared page shows its own title and a large picture of it, as LINE and Facebook read them. */
@ProngsaiTest
class ShareCardTests {

    @LocalServerPort
    int port;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    News news;

    @Test
    void anOitItemSharesAsThatItemWithALargePictureOfIt() throws Exception {
        var page = new Browser(port).get("/oit/2568/O1");
        assertThat(page.statusCode()).isEqualTo(200);
        var title = meta(page.body(), "og:title");
        assertThat(title).startsWith("O1 ").contains("โครงสร้าง");
        assertThat(meta(page.body(), "og:description")).contains("2568").contains("O1");
        assertThat(meta(page.body(), "og:url")).endsWith("/oit/2568/O1");
        assertThat(meta(page.body(), "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page.body(), "og:image:width")).isEqualTo("1200");
        assertThat(meta(page.body(), "og:image:alt")).isEqualTo(title);
        var image = meta(page.body(), "og:image");
        assertThat(image).endsWith("/card/oit/2568/O1.png");

        var picture = png(URI.create(image).getPath());
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);
        // The title is drawn in the brand's blue across the middle of the card, not left blank.
        assertThat(brandPixels(picture, 240, 420)).isGreaterThan(2_000);
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(
                picture,
                "png",
                Path.of("target", "screenshots", "share-card-O1.png").toFile());

        // The home page shares as the agency; another page as itself; a news item as an article, with its words.
        var home = new Browser(port).get("/");
        assertThat(meta(home.body(), "og:title"))
                .isEqualTo(agencies.get(agencies.findIdBySlug("banprongsai").orElseThrow())
                        .nameTh());
        assertThat(meta(home.body(), "og:image")).endsWith("/card.png");
        assertThat(meta(new Browser(port).get("/qa").body(), "og:title")).isEqualTo("ถาม-ตอบกับประชาชน");
        var id = news.publish(
                agencies.findIdBySlug("banprongsai").orElseThrow(),
                new NewsForm(
                        "เปิดรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
                        "รับสมัครถึงสิ้นเดือนนี้ ณ ที่ทำการ",
                        LocalDate.of(2026, 12, 2),
                        null));
        var item = new Browser(port).get("/news/" + id);
        assertThat(meta(item.body(), "og:title")).isEqualTo("เปิดรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน");
        assertThat(meta(item.body(), "og:type")).isEqualTo("article");
        assertThat(meta(item.body(), "og:description")).startsWith("รับสมัครถึงสิ้นเดือนนี้");
        assertThat(png("/card/news/" + id + ".png").getWidth()).isEqualTo(1200);
        news.remove(agencies.findIdBySlug("banprongsai").orElseThrow(), id);
    }

    @Test
    void aCardSaysOnlyWhatAPageOfTheSiteSays() throws Exception {
        // An address no page answers, or one made up to carry words, gets the agency's home card.
        var made = new Browser(port)
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/card/%E0%B8%9B%E0%B8%A5%E0%B8%AD%E0%B8%A1.png"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(made.statusCode()).isEqualTo(200);
        var home = png("/card.png");
        var image = ImageIO.read(new ByteArrayInputStream(made.body()));
        assertThat(sameTopHalf(image, home)).isTrue();
    }

    @Test
    void aCardIsTheSameWhateverHostTheRequestNamesAndItsLanguageIsInItsAddress() throws Exception {
        var plain = bytes("/card/qa.png", "localhost:" + port);
        var forged = new Browser(port)
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/card/qa.png"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(forged.body()).isEqualTo(plain);
        var english = new Browser(port)
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/card/qa.png?in=en"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(english.body()).isNotEqualTo(plain);
        assertThat(english.headers().firstValue("Set-Cookie")).isEmpty();
        // An English page points at the English card.
        var page = new Browser(port).get("/qa?lang=en");
        assertThat(meta(page.body(), "og:image")).endsWith("/card/qa.png?in=en");
        assertThat(meta(page.body(), "og:title")).isEqualTo("Questions and answers");
    }

    @Test
    void aDeadLinkIsNotFoundForACitizenAndMakesNoSession() {
        var citizen = new Browser(port);
        var dead = citizen.get("/nowhere/at/all");
        assertThat(dead.statusCode()).isEqualTo(404);
        assertThat(dead.body()).contains("ไม่พบ");
        assertThat(dead.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("PRONGSAI_SESSION"));
        // The back office still leads to the sign-in.
        assertThat(Browser.location(citizen.get("/admin/news"))).contains("/login");
    }

    private byte[] bytes(String path, String host) throws Exception {
        return new Browser(port)
                .send(
                        HttpRequest.newBuilder(URI.create("http://" + host + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    @Test
    void longThaiTitlesBreakBetweenWordsAndEndWithAnEllipsis() {
        var font = new java.awt.Font("Dialog", java.awt.Font.PLAIN, 40);
        var context = new java.awt.font.FontRenderContext(null, true, true);
        var lines = ShareCard.lines(
                "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตประจำปีงบประมาณ พ.ศ. ๒๕๖๙ รอบหกเดือนของเทศบาลตำบลบ้านโปร่งใส",
                font,
                context,
                500,
                2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        // No line starts with a mark that belongs to the consonant before it: a word was not cut.
        assertThat(lines).allSatisfy(l -> assertThat(Character.getType(l.charAt(0)))
                .isNotEqualTo((int) Character.NON_SPACING_MARK));
    }

    private java.awt.image.BufferedImage png(String path) throws Exception {
        var response = new Browser(port)
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private static int brandPixels(java.awt.image.BufferedImage image, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                var rgb = image.getRGB(x, y) & 0xffffff;
                if (Math.abs(((rgb >> 16) & 0xff) - 0x1d) < 40
                        && Math.abs(((rgb >> 8) & 0xff) - 0x4e) < 40
                        && Math.abs((rgb & 0xff) - 0x89) < 40) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean sameTopHalf(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        for (int y = 0; y < 630; y++) {
            for (int x = 0; x < 1200; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String meta(String html, String property) {
        var m = Pattern.compile("<meta (?:property|name)=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as(property).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }
}
