package org.prongsai.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the real announcement prints a 2566 question, that is the NACC's wording as the agency received it:
 * the 2566 framework carries it, at the same number.
 */
class ReferenceQuestionsTests {

    /** What the printed text says where the scan garbled it or the typist slipped, as the transcription notes. */
    private static final Map<String, String> READ_AS = new LinkedHashMap<>();

    static {
        READ_AS.put("ทานรู้", "ท่านรู้");
        READ_AS.put("อย่างน้อยเพียงใด", "มากน้อยเพียงใด");
        READ_AS.put("มากนักน้อยเพียงใด", "มากน้อยเพียงใด");
        READ_AS.put("ที่ตื่นกว่าที่ผ่านมากมายน้อยเพียงใด", "ดีขึ้นกว่าที่ผ่านมามากน้อยเพียงใด");
        READ_AS.put("เจ้าหน้าที่ที่มีการ", "เจ้าหน้าที่มีการ");
    }

    private static String words(String text) {
        var out = text.replaceAll("\\s+", "");
        for (var fix : READ_AS.entrySet()) {
            out = out.replace(fix.getKey(), fix.getValue());
        }
        return out;
    }

    @Test
    void everyQuestionTheReferencePrintsIsTheFrameworksAtItsNumber() throws Exception {
        var file = Path.of("src/main/resources/frameworks/ita-2566.json");
        var framework = new FrameworkReader().read(file.toString(), Files.readAllBytes(file));
        var reference = JsonMapper.builder()
                .build()
                .readTree(getClass()
                        .getResourceAsStream("/demo/reference-announcement-2567.json")
                        .readAllBytes());
        int checked = 0;
        for (var row : reference.get("rows")) {
            var id = row.path("question_id").asString("");
            var printed = row.path("question_text_th").asString("");
            if (!id.matches("[ie]\\d+") || printed.isBlank()) {
                continue;
            }
            // The printed number ("ข้อ ๗", "ข้อ EP ๑๐") comes before the question itself.
            var question = printed.replaceFirst("^ข้อ\\s*(EP|ES)?\\s*[๐-๙]+\\s*", "");
            var ours = framework.question(id).orElseThrow().text().th();
            assertThat(words(ours)).as(id).isEqualTo(words(question));
            checked++;
        }
        assertThat(checked).isEqualTo(13);
    }
}
