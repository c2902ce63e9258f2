package org.prongsai.document;

import com.ibm.icu.text.BreakIterator;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;

/**
 * Lets OpenPDF break a line between two Thai words, which are written without spaces: ICU's dictionary
 * finds the word boundaries, and a line may end at any of them as well as at a space.
 */
final class ThaiLineBreaks implements SplitCharacter {

    static final ThaiLineBreaks INSTANCE = new ThaiLineBreaks();

    // OpenPDF asks about every character of a chunk in turn; remember the boundaries of the last text.
    private static final ThreadLocal<Boundaries> LAST = new ThreadLocal<>();

    private ThaiLineBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        if (current + 1 >= end || !isThai(cc[current]) && !isThai(cc[current + 1])) {
            return false;
        }
        return boundaries(cc, start, end).get(current + 1);
    }

    private static Boundaries boundaries(char[] cc, int start, int end) {
        var last = LAST.get();
        if (last != null && last.text == cc && last.start == start && last.end == end) {
            return last;
        }
        var found = new Boundaries(cc, start, end);
        LAST.set(found);
        return found;
    }

    static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    private static final class Boundaries {
        final char[] text;
        final int start;
        final int end;
        final BitSet breaks = new BitSet();

        Boundaries(char[] text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
            var words = BreakIterator.getLineInstance(new com.ibm.icu.util.ULocale("th"));
            words.setText(new String(text, start, end - start));
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                breaks.set(start + b);
            }
        }

        boolean get(int index) {
            return breaks.get(index);
        }
    }
}
