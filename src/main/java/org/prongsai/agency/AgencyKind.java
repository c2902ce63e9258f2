package org.prongsai.agency;

/** The kinds of agency the ITA distinguishes; minimum samples and wording depend on it. */
public enum AgencyKind {
    SAO, // องค์การบริหารส่วนตำบล (อบต.)
    SUBDISTRICT_MUNICIPALITY, // เทศบาลตำบล
    TOWN_MUNICIPALITY, // เทศบาลเมือง
    CITY_MUNICIPALITY, // เทศบาลนคร
    PAO, // องค์การบริหารส่วนจังหวัด (อบจ.)
    OTHER
}
