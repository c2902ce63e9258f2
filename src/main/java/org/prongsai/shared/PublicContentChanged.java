package org.prongsai.shared;

import java.util.Optional;

/**
 * What an event implements when it changes something an anonymous reader sees on an agency's public pages
 * (published evidence, news, an answered question, the profile). The site's page cache forgets that agency's
 * pages once the change commits, and tells the other instances; events that do not implement it (an
 * unanswered question, a sign-in) leave every kept page alone.
 */
public interface PublicContentChanged {

    /** The agency whose pages changed; empty when every agency's did (a framework correction). */
    Optional<AgencyId> changedAgency();

    /** An event for one agency. */
    interface OfAgency extends PublicContentChanged {
        AgencyId agency();

        @Override
        default Optional<AgencyId> changedAgency() {
            return Optional.of(agency());
        }
    }
}
