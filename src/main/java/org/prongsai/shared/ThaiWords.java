package org.prongsai.shared;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, Thai included (Thai is written without spaces; ICU's dictionary finds the words),
 * for full-text search: "แผนการใช้จ่ายงบประมาณ" becomes แผน การ ใช้ จ่าย งบประมาณ.
 */
public final class ThaiWords {

    private ThaiWords() {}

    public static List<String> words(String text) {
        var words = new ArrayList<String>();
        if (text == null || text.isBlank()) {
            return words;
        }
        var iterator = BreakIterator.getWordInstance(new ULocale("th"));
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            // Only letters and numbers make words; spaces and punctuation are not searched for.
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
