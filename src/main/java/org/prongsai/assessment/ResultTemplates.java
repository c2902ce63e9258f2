package org.prongsai.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prongsai.assessment.scoring.Channel;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkCatalog;
import org.springframework.stereotype.Service;

/** A year's results file as people fill it in (CSV or Excel), and what each of its codes stands for. */
@Service
public class ResultTemplates {

    private final FrameworkCatalog frameworks;

    ResultTemplates(FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
    }

    /** What each code of a results file stands for, to show beside it: "question|i7", "oit|O11", "indicator|9". */
    public Map<String, String> texts(int year, java.util.Locale locale) {
        var framework = frameworks.require(year);
        var out = new HashMap<String, String>();
        framework
                .questions()
                .forEach(q -> out.put("question|" + q.id(), q.text().in(locale)));
        framework.oitItems().forEach(o -> out.put("oit|" + o.id(), o.name().in(locale)));
        framework
                .indicators()
                .forEach(i -> out.put("indicator|" + i.number(), i.name().in(locale)));
        return out;
    }

    /** The template people fill in: every question per channel, every OIT item, the indicators and the total. */
    public byte[] templateCsv(int year) {
        // Quoted as RFC 4180 asks: the question texts have commas of their own.
        var rows = templateRows(frameworks.require(year));
        return org.prongsai.shared.Csv.write(rows.get(0), rows.subList(1, rows.size()))
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] templateXlsx(int year) {
        try (var workbook = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("ITA " + year);
            int r = 0;
            for (var row : templateRows(frameworks.require(year))) {
                var line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    line.createCell(c).setCellValue(row.get(c));
                }
            }
            for (int c = 0; c < 7; c++) {
                sheet.setColumnWidth(c, (c == 5 ? 80 : c == 6 ? 40 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            var help = workbook.createSheet(ResultFile.INSTRUCTIONS_SHEET + " Instructions");
            int h = 0;
            for (var line : List.of(
                    "วิธีกรอก (ITA " + year + ")",
                    "1. กรอกคอลัมน์ D (คะแนน) และ E (จำนวนผู้ตอบ) ตามรายงานผลของสำนักงาน ป.ป.ช. เท่านั้น ห้ามแก้รหัสในคอลัมน์ A–C",
                    "2. ข้อ OIT กรอก PASS (ผ่าน), FAIL (ไม่ผ่าน) หรือ NOT_APPLICABLE (ไม่ต้องประเมิน)",
                    "3. ถ้ามีเฉพาะคะแนนรายตัวชี้วัด ให้กรอกเฉพาะแถว indicator และ total ได้ แถวที่ไม่กรอกจะถูกข้าม",
                    "4. คะแนนรวม (total) ที่ไม่ตรงกับที่คำนวณจากข้อมูลในไฟล์ จะต้องยืนยันก่อนบันทึก",
                    "5. คอลัมน์ F และ G เป็นคำอธิบาย ระบบไม่อ่าน",
                    "",
                    "How to fill in: type the NACC's figures in columns D (score) and E (respondents) only; do not change A–C.",
                    "OIT items take PASS, FAIL or NOT_APPLICABLE. Lines left blank are skipped, so indicator and total lines",
                    "alone are enough. A total that the file's own figures do not give must be confirmed before it is saved.")) {
                help.createRow(h++).createCell(0).setCellValue(line);
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template: every question per channel, every OIT item, the indicators and the total, each with its
     * text and the values it takes beside the code (columns the import does not read), so that a person can
     * fill it in without the manual. Lines left blank are skipped on import.
     */
    private static List<List<String>> templateRows(Framework framework) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(
                "ประเภท kind",
                "รหัส id",
                "ช่องทาง channel",
                "คะแนน value",
                "จำนวนผู้ตอบ respondents",
                "ข้อคำถามหรือรายการ (ไม่ต้องแก้) text",
                "ค่าที่กรอกได้ (ไม่ต้องแก้) allowed"));
        var score = "คะแนน 0–100 (ทศนิยม 2 ตำแหน่ง), จำนวนผู้ตอบ 0 ขึ้นไป / score 0–100, respondents ≥ 0";
        // A row per question and channel: the IIT's, then the EIT's online (EP), then collected (ES).
        for (var channel : Channel.values()) {
            for (var q : framework.questions()) {
                if (q.tool().equals(channel.tool())) {
                    rows.add(List.of(
                            "question", q.id(), channel.name(), "", "", q.text().th(), score));
                }
            }
        }
        for (var item : framework.oitItems()) {
            rows.add(List.of("oit", item.id(), "", "", "", item.name().th(), "PASS / FAIL / NOT_APPLICABLE"));
        }
        for (var indicator : framework.indicators()) {
            rows.add(List.of(
                    "indicator",
                    Integer.toString(indicator.number()),
                    "",
                    "",
                    "",
                    indicator.name().th(),
                    "คะแนน 0–100 / score 0–100"));
        }
        rows.add(List.of("total", "", "", "", "", "คะแนนรวม total", "คะแนน 0–100 / score 0–100"));
        return rows;
    }
}
