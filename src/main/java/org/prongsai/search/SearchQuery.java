package org.prongsai.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.prongsai.shared.ThaiWords;

/**
 * What a person typed, as the index reads it: Thai digits as Arabic ones, an OIT item's code however it is
 * written ("o 11", "O11", "๐๑๑" as the NACC's own documents print it) as O11, and the words split as the
 * index's text is split.
 */
record SearchQuery(String text, String code, List<String> words) {

    static final int MAX_LENGTH = 200;

    // "O11", "o 11", "O011"; and "011" / "๐๑๑", where the NACC's documents print the letter O as a zero.
    private static final Pattern CODE = Pattern.compile("(?i)^[o0]\\s*0?(\\d{1,2})$");

    static SearchQuery of(String typed) {
        var text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        text = arabicDigits(text);
        var code = CODE.matcher(text);
        String item = code.matches() ? "O" + Integer.parseInt(code.group(1)) : null;
        var words = item != null ? List.of(item.toLowerCase(Locale.ROOT)) : ThaiWords.words(text);
        return new SearchQuery(text, item, words.stream().distinct().toList());
    }

    boolean isEmpty() {
        return words.isEmpty() && code == null;
    }

    /**
     * The query as the index keeps its text, for similarity with misspellings: Thai is not split here, since
     * a misspelt word is split differently from the right one (งบประมาน is not งบ ประมาณ).
     */
    String joined() {
        return plain(text);
    }

    /**
     * How the index keeps a document's text: lower case, Arabic digits, single spaces. Every word typed is
     * looked for inside it, and trigram similarity finds misspellings across it.
     */
    static String indexWords(String code, String title, String body) {
        return plain(
                (code == null ? "" : code + " ") + (title == null ? "" : title) + " " + (body == null ? "" : body));
    }

    private static String plain(String text) {
        return arabicDigits(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static String arabicDigits(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
