package org.prongsai.agency;

import java.util.UUID;
import org.prongsai.shared.AgencyId;

/** An agency's profile as stored: names, kind and size, where it is, how to reach it and who leads it. */
public record Agency(
        UUID id,
        String slug,
        String host,
        String nameTh,
        String nameEn,
        AgencyKind kind,
        String size,
        String province,
        String district,
        String subdistrict,
        String address,
        String postcode,
        String phone,
        String fax,
        String email,
        String website,
        String facebook,
        String lineId,
        String youtube,
        String emblemSha256,
        String chiefName,
        String chiefTitle,
        String clerkName,
        String clerkTitle) {

    public AgencyId agencyId() {
        return new AgencyId(id);
    }

    /** Address, subdistrict, district, province and postcode as one line, skipping what is not known. */
    public String fullAddress() {
        return java.util.stream.Stream.of(address, subdistrict, district, province, postcode)
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The province in the reader's language: its English name on English pages when it is one of the 77. */
    public String province(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? Provinces.english(province).orElse(province)
                : province;
    }

    /** The name in the reader's language, falling back to Thai, which every agency has. */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
                ? nameEn
                : nameTh;
    }
}
