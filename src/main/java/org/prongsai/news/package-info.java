/** The agency's news on its public site, written by staff. Sends and receives no events. */
package org.prongsai.news;
