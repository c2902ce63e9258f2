package org.prongsai.framework;

/**
 * A page or an action asked for a fiscal year that has no framework (yet): the page says so plainly, points
 * to the latest year that has one, and offers an operator to copy it.
 */
public class NoFramework extends RuntimeException {

    private final int year;

    public NoFramework(int year) {
        super("no ITA framework for fiscal year " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
