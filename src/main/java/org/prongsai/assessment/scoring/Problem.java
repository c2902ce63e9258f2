package org.prongsai.assessment.scoring;

import java.util.List;

/** Something wrong with the input, as a message key and its arguments so it can be said in Thai and English. */
public record Problem(String key, List<Object> arguments) {

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }
}
