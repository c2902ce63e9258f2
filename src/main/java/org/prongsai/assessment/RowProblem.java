package org.prongsai.assessment;

import java.util.List;

/** What is wrong with one row of an import, by row and column, as a message key and arguments. */
public record RowProblem(int line, String column, String key, List<String> arguments) {

    /** The i-th argument, or nothing, so that a template can pass a fixed number of them. */
    public String arg(int i) {
        return i < arguments.size() ? arguments.get(i) : "";
    }

    static RowProblem of(int line, String column, String key, Object... arguments) {
        return new RowProblem(
                line,
                column,
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
