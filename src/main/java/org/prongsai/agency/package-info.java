/**
 * Agencies (the tenants), their public profile and their units; which agency a request belongs to. Sends
 * no events; every change is written to the audit trail.
 */
package org.prongsai.agency;
