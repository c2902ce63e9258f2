/**
 * The append-only audit trail: who changed what, when, with the state before and after. Other modules call
 * {@link org.prongsai.audit.AuditTrail} in the transaction of the change. Sends and receives no events.
 */
package org.prongsai.audit;
