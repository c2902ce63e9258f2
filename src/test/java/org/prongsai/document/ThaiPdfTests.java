package org.prongsai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prongsai.shared.ThaiFormat;
import org.prongsai.support.Artifacts;
import org.prongsai.support.PdfFonts;

/** Renders a Thai page, reads its text back with poppler and keeps a picture of it for a person to check. */
class ThaiPdfTests {

    static final String LONG_THAI =
            "ผู้ใหญ่บ้านและกำนันทุกหมู่บ้านในตำบลบ้านโปร่งใสได้ร่วมประชุมคณะทำงานเพื่อพิจารณาผลการประเมิน"
                    + "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ที่นี่ ปั้น ผู้ใหญ่บ้าน "
                    + "โดยกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้เป็นไปตามข้อเสนอแนะของสำนักงาน ป.ป.ช. อย่างต่อเนื่อง";

    @Test
    void writesThaiThatReadsBackWordForWord() throws Exception {
        var pdf = render();
        var file = Artifacts.dir().resolve("thai-sample.pdf");
        Files.write(file, pdf);

        var text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text)
                .contains("ประกาศองค์การบริหารส่วนตำบลบ้านโปร่งใส")
                .contains("ผู้ใหญ่บ้าน")
                .contains("ที่นี่")
                .contains("ปั้น")
                .contains("ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๖")
                .contains("- ๒ -");
        var fonts = run("pdffonts", file.toString());
        assertThat(fonts).contains("Sarabun");
        PdfFonts.assertAllEmbedded(file);

        // A person looks at these: vowels and tone marks above and below the right consonants.
        run(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "2",
                file.toString(),
                Artifacts.dir().resolve("thai-sample").toString());
        assertThat(Artifacts.dir().resolve("thai-sample-1.png")).exists();
    }

    @Test
    void breaksThaiLinesBetweenWordsNeverInsideOne() throws Exception {
        var file = Artifacts.dir().resolve("thai-wrap.pdf");
        Files.write(file, render());
        var lines = run("pdftotext", "-f", "1", "-l", "1", file.toString(), "-")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        // The paragraph comes back as several lines; each must end where ICU also sees a word boundary.
        var first = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("ผู้ใหญ่บ้านและกำนัน"))
                .findFirst()
                .orElseThrow());
        var breaks = com.ibm.icu.text.BreakIterator.getLineInstance(new com.ibm.icu.util.ULocale("th"));
        breaks.setText(LONG_THAI);
        int consumed = 0;
        int lineCount = 0;
        for (int i = first; consumed < LONG_THAI.length(); i++, lineCount++) {
            var line = lines.get(i);
            var at = LONG_THAI.indexOf(line, consumed);
            assertThat(at).as("line %s continues the paragraph", line).isBetween(consumed, consumed + 1);
            consumed = at + line.length();
            assertThat(consumed == LONG_THAI.length()
                            || breaks.isBoundary(consumed)
                            || Character.isWhitespace(LONG_THAI.charAt(consumed)))
                    .as("line ends on a word boundary: %s", line)
                    .isTrue();
        }
        assertThat(lineCount).as("the paragraph was wrapped").isGreaterThan(2);
    }

    static byte[] render() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var pdf = ThaiPdf.a4(out)) {
            pdf.title("ประกาศองค์การบริหารส่วนตำบลบ้านโปร่งใส")
                    .centeredBold("เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
                    .paragraph(LONG_THAI)
                    .paragraph("จึงประกาศมาเพื่อทราบโดยทั่วกัน")
                    .centered("ประกาศ ณ วันที่ " + ThaiFormat.officialDate(java.time.LocalDate.of(2023, 10, 2)))
                    .space(24)
                    .centered("(นายสมชาย รักษ์ถิ่น)")
                    .centered("นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส");
            pdf.newPage();
            pdf.table(
                    List.of("ประเด็นการประเมิน", "ประเด็นที่ต้องแก้ไข", "มาตรการ"),
                    List.of(
                            List.of("IIT ข้อ ๗", "การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี"),
                            List.of("EIT ข้อ ๑๐", "การสื่อสาร", "ปรับปรุงเว็บไซต์ให้ค้นหาข้อมูลได้ง่าย")),
                    new float[] {2, 3, 4});
        }
        return out.toByteArray();
    }

    static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
        return output;
    }
}
