/**
 * Where the data lives: an embedded PostgreSQL under the data folder by default, or an external server when
 * its URL is set. Sends and receives no events.
 */
package org.prongsai.database;
