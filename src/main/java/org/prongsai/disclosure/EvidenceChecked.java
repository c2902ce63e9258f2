package org.prongsai.disclosure;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/**
 * The nightly check found links or files whose state changed: those items' pages (and their years' lists) show
 * it, and only they are forgotten.
 *
 * @param items the items whose evidence changed, as {@code 2568/O11}
 */
public record EvidenceChecked(AgencyId agency, Set<String> items) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        var paths = new TreeSet<String>();
        for (var item : items) {
            paths.add("/oit/" + item);
            paths.add("/oit/" + item.substring(0, item.indexOf('/')));
        }
        return paths.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
