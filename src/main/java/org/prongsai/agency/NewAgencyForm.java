package org.prongsai.agency;

/** What is needed to open an agency; validated by the form that carries it. */
public record NewAgencyForm(
        String slug, String host, String nameTh, String nameEn, AgencyKind kind, String size, String province) {}
