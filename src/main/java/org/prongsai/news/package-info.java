/**
 * The agency's news on its public site, written by staff; the year's news is OIT item O7's evidence. Sends
 * {@code NewsPublished} and {@code NewsRemoved}; receives none.
 */
package org.prongsai.news;
