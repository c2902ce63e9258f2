package org.prongsai.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Templates write {@code ${@dates.date(d)}}: Buddhist-Era dates in Thai, Gregorian in English. */
@Component("dates")
public class ThaiDates {

    private final Clock clock;

    ThaiDates(Clock clock) {
        this.clock = clock;
    }

    /** The agency's day, from the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String date(LocalDate date) {
        return date == null ? "" : ThaiFormat.screenDate(date, LocaleContextHolder.getLocale());
    }

    /** A date as a date field shows it for editing: dd/mm/B.E. in every language (what the field reads back). */
    public String input(LocalDate date) {
        return org.prongsai.shared.BuddhistDates.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : ThaiFormat.screenDateTime(instant, LocaleContextHolder.getLocale());
    }
}
