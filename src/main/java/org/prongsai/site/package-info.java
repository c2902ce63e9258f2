/**
 * The agency's public site (home, about, contact) and the back office's home page. Later features add their
 * own pages; this module only frames them. Receives every
 * {@code shared.PublicContentChanged} event: its page cache forgets the agency's kept pages; sends none.
 */
package org.prongsai.site;
