package org.prongsai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkReader;

class ResultFileTests {

    static final Framework F2566 = read();

    static Framework read() {
        try {
            var file = java.nio.file.Path.of("src/main/resources/frameworks/ita-2566.json");
            return new FrameworkReader().read("ita-2566.json", java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ImportPreview preview(String name, byte[] content) {
        return ResultFile.check(F2566, name, ResultFile.read(name, content));
    }

    @Test
    void readsTheFilledTemplate() {
        var preview = preview("ita.csv", ResultFixture.csv(F2566, 90).getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.result().questions().get("IIT")).hasSize(30);
        assertThat(preview.result().questions().get("EP")).hasSize(15);
        assertThat(preview.result().questions().get("IIT").get("i7").score()).isEqualByComparingTo("60.00");
        assertThat(preview.result().oit()).hasSize(43).containsEntry("O24", OitVerdict.FAIL);
        assertThat(preview.result().total()).isEqualByComparingTo("90.89");
    }

    @Test
    void readsACsvSavedByThaiExcelInWindows874() {
        var csv = "ประเภท kind,รหัส id,ช่องทาง channel,คะแนน value,จำนวนผู้ตอบ respondents\n"
                + "question,i7,IIT,55.5,20\noit,O1,,ผ่าน,\n";
        var bytes = csv.getBytes(ResultFile.THAI_WINDOWS);
        var preview = preview("ita.csv", bytes);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.result().oit()).containsEntry("O1", OitVerdict.PASS);
        assertThat(ResultFile.decode(bytes)).startsWith("ประเภท");
    }

    @Test
    void namesTheRowAndColumnOfEveryProblem() {
        var csv =
                """
                kind,id,channel,value,respondents
                question,i99,IIT,50,10
                question,i7,IIT,101,10
                question,i8,EP,50,10
                question,i9,IIT,50,-3
                oit,O1,,maybe,
                oit,O1,,PASS,
                oit,O1,,PASS,
                indicator,12,,50,
                total,,,ninety,
                """;
        var preview = preview("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canSave()).isFalse();
        assertThat(preview.problems())
                .extracting(p -> p.line() + ":" + p.column() + ":" + p.key())
                .containsExactly(
                        "2:id:assessment.import.question.unknown",
                        "3:value:assessment.import.score.range",
                        "4:channel:assessment.import.channel",
                        "5:respondents:assessment.import.respondents.negative",
                        "6:value:assessment.import.oit.verdict",
                        "7:id:assessment.import.duplicate",
                        "8:id:assessment.import.duplicate",
                        "9:id:assessment.import.indicator.unknown",
                        "10:value:assessment.import.score.number");
    }

    @Test
    void readsAOneSheetWorkbookAndRefusesExtraSheets() throws Exception {
        var one = workbook(1);
        var preview = preview("ita.xlsx", one);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.result().questions().get("IIT").get("i1").score()).isEqualByComparingTo("88.50");
        assertThatThrownBy(() -> preview("ita.xlsx", workbook(2)))
                .isInstanceOfSatisfying(
                        ResultFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("assessment.import.sheets"));
    }

    @Test
    void refusesAFileThatIsNeitherCsvNorXlsx() {
        var pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> preview("results.csv", pdf))
                .isInstanceOfSatisfying(
                        ResultFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("assessment.import.wrong-type"));
    }

    @Test
    void refusesAFileWithoutTheTemplatesHeader() {
        assertThatThrownBy(() -> preview("x.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ResultFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("assessment.import.header"));
    }

    @Test
    void findsTheOitItemsARecommendationCites() {
        assertThat(WeakPointAnalysis.citedItems("ควรเผยแพร่แผน (อ้างอิงจาก ๐๑๑) และ (อ้างอิงจาก ๐๑๒) ดู O28"))
                .containsExactly("O11", "O12", "O28");
    }

    static byte[] workbook(int sheets) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("ITA");
            var header = sheet.createRow(0);
            var names = new String[] {"kind", "id", "channel", "value", "respondents"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("question");
            row.createCell(1).setCellValue("i1");
            row.createCell(2).setCellValue("IIT");
            row.createCell(3).setCellValue(88.5);
            row.createCell(4).setCellValue(25);
            for (int s = 1; s < sheets; s++) {
                workbook.createSheet("extra " + s);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
