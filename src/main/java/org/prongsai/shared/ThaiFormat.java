package org.prongsai.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one place that turns dates and numbers into Thai text. Screens use Arabic digits and short months
 * (2 ต.ค. 2566); official documents use Thai digits and full months (๒ ตุลาคม พ.ศ. ๒๕๖๖).
 */
public final class ThaiFormat {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final DecimalStyle THAI_DIGITS = DecimalStyle.STANDARD.withZeroDigit('๐');
    private static final DateTimeFormatter OFFICIAL = DateTimeFormatter.ofPattern("d MMMM G yyyy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE)
            .withDecimalStyle(THAI_DIGITS);
    private static final DateTimeFormatter DATE_IN_TEXT =
            DateTimeFormatter.ofPattern("d MMMM yyyy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter SCREEN_TH =
            DateTimeFormatter.ofPattern("d MMM yyyy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter SCREEN_TH_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter SCREEN_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_TH =
            DateTimeFormatter.ofPattern("MMM yyyy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SCREEN_EN_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ThaiFormat() {}

    /** "๒ ตุลาคม พ.ศ. ๒๕๖๖", as an announcement is dated. */
    public static String officialDate(LocalDate date) {
        return OFFICIAL.format(date);
    }

    /** "๑๖ กันยายน ๒๕๖๖": a date inside the running text of an official document, without "พ.ศ.". */
    public static String officialDateInText(LocalDate date) {
        return thaiDigits(DATE_IN_TEXT.format(date));
    }

    /** "2 ต.ค. 2566" in Thai; "2 Oct 2023" in English, where the Gregorian year is what readers expect. */
    public static String screenDate(TemporalAccessor date, Locale locale) {
        return isThai(locale) ? SCREEN_TH.format(date) : SCREEN_EN.format(date);
    }

    /** "ต.ค. 2569" in Thai; "Oct 2026" in English: a month, as a chart's axis names it. */
    public static String screenMonth(LocalDate anyDayOfIt, Locale locale) {
        return isThai(locale) ? MONTH_TH.format(anyDayOfIt) : MONTH_EN.format(anyDayOfIt);
    }

    public static String screenDateTime(java.time.Instant instant, Locale locale) {
        var local = instant.atZone(BANGKOK);
        return isThai(locale) ? SCREEN_TH_TIME.format(local) : SCREEN_EN_TIME.format(local);
    }

    /** Replaces every ASCII digit with its Thai digit, leaving everything else alone. */
    public static String thaiDigits(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return out.toString();
    }

    public static String thaiDigits(long number) {
        return thaiDigits(Long.toString(number));
    }

    public static boolean isThai(Locale locale) {
        return locale == null || "th".equals(locale.getLanguage());
    }
}
