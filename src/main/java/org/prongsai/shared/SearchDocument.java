package org.prongsai.shared;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Something a citizen or an assessor may look for on an agency's public site: an OIT item, a piece of
 * evidence, a news item, an issued announcement, a quarterly report, an answered question, an about page. A
 * module offers its public documents by implementing {@link Source}, as it offers OIT evidence; the search
 * module indexes whatever the sources give and follows {@link PublicContentChanged} events to index again: the
 * documents an event names alone when a source can name them ({@link Source#changedBy}), else the agency's all.
 *
 * @param kind what it is ({@code oit}, {@code evidence}, {@code news}, {@code announcement}, {@code report},
 *     {@code qa}, {@code about}, {@code complaint}): results are grouped by it
 * @param key unique within its kind for the agency (an item's year and code, a news item's id)
 * @param code an OIT item's code (O11) when it is one or is about one, so that "o 11" or "๐๑๑" finds it
 * @param year the fiscal year (B.E.) it belongs to, when it has one
 * @param url the public address, within the agency's site, that shows it
 */
public record SearchDocument(
        String kind, String key, String code, Integer year, String title, String body, String url, Instant updatedAt) {

    public interface Source {
        /** Every public document the module has for the agency. */
        List<SearchDocument> documents(AgencyId agency);

        /**
         * The documents an event changed, when this source can name them: the search then indexes those alone
         * instead of the agency's every document (a news item among ten thousand). Empty when the event is not
         * this source's.
         */
        default Set<Ref> changedBy(PublicContentChanged event) {
            return Set.of();
        }

        /** These of its documents as they are now, read after the change committed; a removed one is left out. */
        default List<SearchDocument> documents(AgencyId agency, Set<Ref> refs) {
            return List.of();
        }
    }

    /** Which document: its kind and its key within the kind. */
    public record Ref(String kind, String key) {}

    /** The keys as a text array, for {@code key = any(cast(:keys as uuid[]))} whatever their number. */
    public static String[] keys(Set<Ref> refs) {
        return refs.stream().map(Ref::key).toArray(String[]::new);
    }
}
