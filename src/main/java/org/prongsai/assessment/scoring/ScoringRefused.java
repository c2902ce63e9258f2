package org.prongsai.assessment.scoring;

import java.util.List;

/** The input cannot be scored; every problem found is listed, not only the first. */
public class ScoringRefused extends RuntimeException {

    private final List<Problem> problems;

    public ScoringRefused(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
