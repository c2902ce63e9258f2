package org.prongsai.agency;

import java.util.UUID;

/** A unit of the agency (สำนักปลัด, กองคลัง, กองช่าง, …) and its head. */
public record Unit(UUID id, String nameTh, String nameEn, String headName, String headTitle, int sortOrder) {

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
                ? nameEn
                : nameTh;
    }
}
