/**
 * Complaints and corruption reports from the public, kept apart by channel (O28), with the reporter protected:
 * what they wrote and who they are is sealed per case (a data key of its own, itself sealed by a key file
 * outside the database); nothing about the sender's connection is kept; a receipt, kept only as an Argon2id
 * hash, lets the reporter follow the case and answer the investigator. Sends {@code ReportReceived} (its
 * agency and number, never its content) and listens to it itself, to e-mail the investigators "new report #K".
 */
package org.prongsai.complaint;
