package org.prongsai.shared;

import java.util.List;
import java.util.Optional;

/**
 * One of the agency's public tables as open data (CSV, JSON, listed in the DCAT catalogue): its name, title,
 * columns and rows, values as text in column order. A module offers its tables by implementing {@link Source};
 * the disclosure module serves and catalogues whatever the sources give, as it shows {@link OitEvidence}.
 */
public record OpenTable(String name, String titleTh, String titleEn, List<String> columns, List<List<String>> rows) {

    /** A module's public tables. */
    public interface Source {

        /** The names of the tables it offers now (a name per fiscal year, for instance). */
        List<String> tableNames();

        /** The table of that name for the agency, or empty when it is not one of this source's. */
        Optional<OpenTable> table(AgencyId agency, String name, String siteBase);
    }

    /** A figure to two decimals, or nothing. */
    public static String decimal(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
