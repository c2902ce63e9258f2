package org.prongsai.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The framework module's API: every fiscal year's framework, read from {@code frameworks/ita-*.json} at
 * start-up. A broken file stops the start with a message naming the file, the place and the field.
 */
@Service
public class FrameworkCatalog {

    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalog.class);

    private final TreeMap<Integer, Framework> shipped = new TreeMap<>();

    FrameworkCatalog() {
        var reader = new FrameworkReader();
        try {
            for (var resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:frameworks/ita-*.json")) {
                var framework = reader.read(resource.getFilename(), resource.getContentAsByteArray());
                if (shipped.put(framework.fiscalYear(), framework) != null) {
                    throw new FrameworkException(
                            resource.getFilename(),
                            "framework",
                            "fiscalYear",
                            "a second file for " + framework.fiscalYear());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("ITA frameworks loaded for fiscal years {}", shipped.keySet());
    }

    public List<Integer> years() {
        return List.copyOf(shipped.descendingKeySet());
    }

    public Optional<Framework> find(int fiscalYear) {
        return Optional.ofNullable(shipped.get(fiscalYear));
    }

    public List<Framework> all() {
        var list = new java.util.ArrayList<>(shipped.values());
        Collections.reverse(list);
        return list;
    }
}
