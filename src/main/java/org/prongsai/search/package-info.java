/**
 * One search for an agency's public site: OIT items by code and name, evidence, news, announcements,
 * quarterly reports, answered questions and about pages, each offered by its module as a
 * {@code shared.SearchDocument.Source}. Receives every {@code shared.PublicContentChanged} event (the agency's
 * documents are indexed again once the change commits); sends none.
 */
package org.prongsai.search;
