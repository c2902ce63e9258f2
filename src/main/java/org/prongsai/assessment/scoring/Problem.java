package org.prongsai.assessment.scoring;

import java.util.List;

/** Something wrong with the input, as a message key and its arguments so it can be said in Thai and English. */
public record Problem(String key, List<Object> arguments) {

    /** Numbers are kept as written (a year is 2566, not "2,566" as a message format would show it). */
    public static Problem of(String key, Object... arguments) {
        return new Problem(
                key,
                java.util.Arrays.stream(arguments)
                        .map(a -> a instanceof Number ? (Object) String.valueOf(a) : a)
                        .toList());
    }

    /** The i-th argument, or nothing, so that a template can pass a fixed number of them. */
    public Object arg(int i) {
        return i < arguments.size() ? arguments.get(i) : "";
    }
}
