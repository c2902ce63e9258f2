package org.prongsai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.prongsai.search.SearchIndex.Piece;

/** The part of a found document's text shown under its title. */
final class Snippets {

    private Snippets() {}

    /** Up to about 200 characters of the text around the first word found, each found word marked. */
    static List<Piece> around(String body, List<String> words) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        var text = body.replaceAll("\\s+", " ").strip();
        var lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (var w : words) {
            int i = lower.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - 60);
        int to = Math.min(text.length(), from + 200);
        var window = text.substring(from, to);
        var windowLower = lower.substring(from, to);
        var pieces = new ArrayList<Piece>();
        if (from > 0) {
            pieces.add(new Piece("… ", false));
        }
        int at = 0;
        while (at < window.length()) {
            int next = -1;
            String word = null;
            for (var w : words) {
                int i = w.isEmpty() ? -1 : windowLower.indexOf(w, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    word = w;
                }
            }
            if (next < 0) {
                pieces.add(new Piece(window.substring(at), false));
                break;
            }
            if (next > at) {
                pieces.add(new Piece(window.substring(at, next), false));
            }
            pieces.add(new Piece(window.substring(next, next + word.length()), true));
            at = next + word.length();
        }
        if (to < text.length()) {
            pieces.add(new Piece(" …", false));
        }
        return pieces;
    }
}
