package org.prongsai.improvement;

import java.util.List;

/** A plan that cannot be saved or issued: every problem, each a message key with its arguments. */
public class PlanRefused extends RuntimeException {

    public record Problem(String where, String key, List<String> arguments) implements java.io.Serializable {
        public String arg(int i) {
            return i < arguments.size() ? arguments.get(i) : "";
        }
    }

    private final List<Problem> problems;

    PlanRefused(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
