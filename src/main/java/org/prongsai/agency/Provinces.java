package org.prongsai.agency;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** The provinces' English names, so that an English page does not write "นครราชสีมา Province". */
final class Provinces {

    private static final Map<String, String> ENGLISH = load();

    private Provinces() {}

    /** The English name of a province given in Thai, or empty when it is not one of the 77. */
    static java.util.Optional<String> english(String thai) {
        return thai == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(ENGLISH.get(thai.strip()));
    }

    private static Map<String, String> load() {
        var properties = new Properties();
        try (var in = Provinces.class.getResourceAsStream("/agency/provinces_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty));
    }
}
