/**
 * E-mail through an outbox: modules queue an e-mail in the transaction that decides it ({@link
 * org.prongsai.mail.Outbox}), and it is sent after that commits, with time-outs, and again later when the SMTP
 * server fails. Without SMTP settings nothing is queued.
 */
package org.prongsai.mail;
