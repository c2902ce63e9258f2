/**
 * The agency's public site (home, about, contact) and the back office's home page. Later features add their
 * own pages; this module only frames them. Sends and receives no events.
 */
package org.prongsai.site;
