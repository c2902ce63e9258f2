package org.prongsai.site.web;

import java.util.Optional;
import java.util.regex.Pattern;
import org.prongsai.shared.AgencyId;

/** Which kept pages a change makes stale: an agency's (or every agency's) pages whose path matches. */
record PageChange(Optional<AgencyId> agency, Pattern pages) {

    static final Pattern EVERY_PAGE = Pattern.compile(".*");

    boolean covers(AgencyId pageAgency, String path) {
        return agency.map(pageAgency::equals).orElse(true)
                && pages.matcher(path).matches();
    }
}
