package org.prongsai.shared.web;

import java.time.LocalDate;
import java.util.Locale;
import org.prongsai.shared.BuddhistDates;
import org.springframework.format.Formatter;

/** Every form's date field binds as offices type it, dd/mm/B.E.; see {@link BuddhistDates}. */
class BuddhistDateFormatter implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
        return BuddhistDates.parse(text);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return BuddhistDates.format(date);
    }
}
