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
     * What was typed between spaces, as the index keeps text: each is looked for as it stands ("งบประมาณ" as
     * one, which the trigram index finds fast, where ICU's "งบ" alone has no trigram to look up).
     */
    List<String> tokens() {
        return code != null
                ? words
                : java.util.Arrays.stream(plain(text).split(" "))
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
    }

    /** What to mark in a snippet: the tokens as typed, then ICU's words for a text split differently. */
    List<String> marks() {
        var marks = new java.util.ArrayList<>(tokens());
        words.stream().filter(w -> w.length() > 1 && !marks.contains(w)).forEach(marks::add);
        return marks;
    }

    /**
     * The query as the index keeps its text, for similarity with misspellings: Thai is not split here, since
     * a misspelt word is split differently from the right one (งบประมาน is not งบ ประมาณ).
     */
    String joined() {
        return plain(text);
    }

    /**
     * A text's words as the index keeps them: ICU's words (Thai split by its dictionary), lower case, Arabic
     * digits, letters and marks only, as a PostgreSQL text array literal for {@code array_to_tsvector}.
     */
    static String lexemes(String... texts) {
        var words = new java.util.LinkedHashSet<String>();
        for (var text : texts) {
            if (text != null) {
                ThaiWords.words(arabicDigits(text)).stream()
                        .map(SearchQuery::clean)
                        .filter(w -> !w.isEmpty())
                        .forEach(words::add);
            }
        }
        return words.stream().map(w -> "\"" + w + "\"").collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /**
     * Every word of the query as a tsquery, each also as the start of a longer one when asked (ICU keeps some
     * compounds whole that a query may split, or the other way round); empty when no word is left.
     */
    String tsquery(List<String> of, boolean prefixes) {
        return of.stream()
                .map(SearchQuery::clean)
                .filter(w -> !w.isEmpty())
                .map(w -> "'" + w + "'" + (prefixes ? ":*" : ""))
                .collect(java.util.stream.Collectors.joining(" & "));
    }

    /** A phrase shorter than this is not worth correcting: two or three Thai letters match too much. */
    static final int PHRASE_MIN = 4;

    private static final int PHRASE_MAX = 80;
    private static final int PHRASE_WORDS = 4;

    /**
     * A title's phrases, against which misspellings are corrected: every run of one to four neighbouring words,
     * joined as Thai is written (งบ ประมาณ: งบประมาณ; จัด ซื้อ จัด จ้าง: จัดซื้อจัดจ้าง). Runs with digits are
     * left out: a number is not misspelt, and each one would be a phrase of its own.
     */
    static java.util.Set<String> phrases(String title) {
        var phrases = new java.util.LinkedHashSet<String>();
        if (title == null) {
            return phrases;
        }
        var words = ThaiWords.words(arabicDigits(title)).stream()
                .map(SearchQuery::clean)
                .filter(w -> !w.isEmpty())
                .toList();
        for (int from = 0; from < words.size(); from++) {
            var phrase = new StringBuilder();
            for (int to = from; to < Math.min(words.size(), from + PHRASE_WORDS); to++) {
                var word = words.get(to);
                if (word.chars().anyMatch(Character::isDigit)) {
                    break;
                }
                phrase.append(word);
                if (phrase.length() > PHRASE_MAX) {
                    break;
                }
                if (phrase.length() >= PHRASE_MIN) {
                    phrases.add(phrase.toString());
                }
            }
        }
        return phrases;
    }

    /** Letters, marks and digits only: nothing that could close a quoted lexeme or array element. */
    static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}]", "");
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
