package org.prongsai.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Templates write {@code ${@dates.date(d)}}: Buddhist-Era dates in Thai, Gregorian in English. */
@Component("dates")
public class ThaiDates {

    public String date(LocalDate date) {
        return date == null ? "" : ThaiFormat.screenDate(date, LocaleContextHolder.getLocale());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : ThaiFormat.screenDateTime(instant, LocaleContextHolder.getLocale());
    }
}
