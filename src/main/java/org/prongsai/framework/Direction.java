package org.prongsai.framework;

/**
 * How answers become points. NORMAL takes the scale's scores; REVERSE turns them round (a question about
 * wrongdoing: "most" scores 0); YES_GOOD and NO_GOOD score a yes/no question 100 for the good answer.
 */
public enum Direction {
    NORMAL,
    REVERSE,
    YES_GOOD,
    NO_GOOD
}
