package org.prongsai.framework;

import java.util.List;
import java.util.Optional;

/** Fewest responses the NACC accepts, by kind and size of agency; a smaller sample is flagged, still scored. */
public record MinimumSamples(List<Rule> rules, Provenance provenance) {

    public record Rule(String kind, String size, Integer eit, Integer iit) {}

    public Optional<Rule> find(String kind, String size) {
        return rules.stream()
                .filter(r -> r.kind().equals(kind) && r.size().equals(size))
                .findFirst();
    }
}
