package org.prongsai.framework;

import java.util.Locale;

/** A text in Thai and, where known, English; English readers see the Thai when there is no English yet. */
public record Text(String th, String en) {

    public static Text of(String th) {
        return new Text(th, null);
    }

    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return th;
    }

    /** Neither language has text (not named isEmpty, which JSON would write as a property). */
    public boolean missing() {
        return (th == null || th.isBlank()) && (en == null || en.isBlank());
    }
}
