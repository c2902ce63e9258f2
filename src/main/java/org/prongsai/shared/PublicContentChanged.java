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

    /**
     * Which of its public pages changed, as a regular expression matched against the whole path of a page
     * within the agency's site ({@code /news/…}, {@code /oit/2568/O7}); every page unless an event says less, so
     * that a news item published does not make every OIT item page be rendered again.
     */
    default String pages() {
        return ".*";
    }

    /**
     * What the change is evidence of, as OIT meaning keys ({@code news}, {@code improvement-plan}): the site
     * forgets, besides {@link #pages()}, each year's catalogue and the pages of the items that carry them,
     * which it looks up in that year's framework, since the module does not know the numbering.
     */
    default java.util.List<String> oitMeanings() {
        return java.util.List.of();
    }

    /** An event for one agency. */
    interface OfAgency extends PublicContentChanged {
        AgencyId agency();

        @Override
        default Optional<AgencyId> changedAgency() {
            return Optional.of(agency());
        }
    }
}
