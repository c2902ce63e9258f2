package org.prongsai.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * Every CSV Prongsai gives out: RFC 4180 with CRLF and a byte-order mark (so that Thai Excel reads it as UTF-8),
 * and no cell that a spreadsheet would run as a formula: text starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe (OWASP's advice), while plain numbers such as {@code -1.5} stay numbers.
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("^[-+]?[0-9]+([.,][0-9]+)?$");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private Csv() {}

    public static String write(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder("\uFEFF");
        try (var printer = FORMAT.print(out)) {
            printer.printRecord(header.stream().map(Csv::neutralise).toList());
            for (var row : rows) {
                printer.printRecord(row.stream().map(Csv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralise(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
