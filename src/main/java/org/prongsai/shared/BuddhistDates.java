package org.prongsai.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Dates as Thai offices type them: day/month/Buddhist-Era year ("16/09/2566"), Thai digits allowed. An ISO date
 * ("2023-09-16", what an API or an older form sends) is read as Christian Era, unless its year is plainly
 * Buddhist Era (2400 and up), which is how a B.E. year typed into a C.E. picker arrives. Years outside
 * B.E. 2500–2700 are refused: no real date of this work is there, and "พ.ศ. ๓๑๐๙" came from accepting one.
 */
public final class BuddhistDates {

    public static final int FIRST_YEAR = 2500;
    public static final int LAST_YEAR = 2700;
    private static final int OFFSET = 543;
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private BuddhistDates() {}

    /** Why a typed date was refused: a message key and the text or year it is about. */
    public static final class Refused extends IllegalArgumentException {
        private final String key;
        private final String argument;

        Refused(String key, String argument) {
            super(key + ": " + argument);
            this.key = key;
            this.argument = argument;
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    /** The date typed, or null when nothing was typed. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var typed = arabicDigits(text.strip());
        var dmy = DMY.matcher(typed);
        var iso = ISO.matcher(typed);
        int day;
        int month;
        int buddhistYear;
        if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            buddhistYear = Integer.parseInt(dmy.group(3));
            if (buddhistYear < 2400) {
                throw new Refused("date.not-buddhist-year", String.valueOf(buddhistYear));
            }
        } else if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            buddhistYear = year >= 2400 ? year : year + OFFSET;
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            throw new Refused("date.unreadable", text.strip());
        }
        if (buddhistYear < FIRST_YEAR || buddhistYear > LAST_YEAR) {
            throw new Refused("date.year-out-of-range", String.valueOf(buddhistYear));
        }
        try {
            return LocalDate.of(buddhistYear - OFFSET, month, day);
        } catch (DateTimeException e) {
            throw new Refused("date.no-such-day", text.strip());
        }
    }

    /** "16/09/2566": how a form shows a date to be edited. */
    public static String format(LocalDate date) {
        return date == null
                ? ""
                : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() + OFFSET);
    }

    private static String arabicDigits(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
