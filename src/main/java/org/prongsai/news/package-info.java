/**
 * The agency's news on its public site, written by staff; the year's news is OIT item O7's evidence. Sends and
 * receives no events.
 */
package org.prongsai.news;
