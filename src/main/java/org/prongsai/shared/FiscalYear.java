package org.prongsai.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year, named by its Buddhist-Era year: fiscal year 2567 runs from 1 October 2023
 * to 30 September 2024.
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

    private static final int BUDDHIST_OFFSET = 543;

    public FiscalYear {
        if (buddhistYear < 2400 || buddhistYear > 2800) {
            throw new IllegalArgumentException("fiscal year out of range: " + buddhistYear);
        }
    }

    public static FiscalYear of(int buddhistYear) {
        return new FiscalYear(buddhistYear);
    }

    public static FiscalYear containing(LocalDate date) {
        int gregorianEndYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(gregorianEndYear + BUDDHIST_OFFSET);
    }

    public LocalDate start() {
        return LocalDate.of(buddhistYear - BUDDHIST_OFFSET - 1, Month.OCTOBER, 1);
    }

    public LocalDate end() {
        return LocalDate.of(buddhistYear - BUDDHIST_OFFSET, Month.SEPTEMBER, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Quarter 1 is October to December. */
    public int quarterOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is not in fiscal year " + buddhistYear);
        }
        return (int) (java.time.temporal.ChronoUnit.MONTHS.between(start(), date.withDayOfMonth(1)) / 3) + 1;
    }

    public FiscalYear next() {
        return new FiscalYear(buddhistYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(buddhistYear - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistYear, other.buddhistYear);
    }

    @Override
    public String toString() {
        return Integer.toString(buddhistYear);
    }
}
