package org.prongsai.improvement;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the module's official documents, from its Thai message bundle ({@code messages/improvement}):
 * official documents are printed in Thai whatever the reader's language, and are made by plain Java (the
 * benchmarks time them alone), so they read the bundle itself rather than Spring's message source.
 */
final class OfficialWords {

    private static final ResourceBundle THAI = ResourceBundle.getBundle(
            "messages.improvement",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private OfficialWords() {}

    /** The text of the key, its {0}, {1}… replaced by the values as given (strings: no grouping of digits). */
    static String of(String key, Object... values) {
        var text = THAI.getString(key);
        if (values.length == 0) {
            return text;
        }
        var strings = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = String.valueOf(values[i]);
        }
        return new MessageFormat(text, Locale.ROOT).format(strings);
    }
}
