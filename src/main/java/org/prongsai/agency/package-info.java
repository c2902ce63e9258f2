/**
 * Agencies (the tenants), their public profile and their units; which agency a request belongs to. Sends
 * {@code AgencyProfileChanged} on every change of what its public pages show; every change is written to the
 * audit trail. Offers its pages as OIT evidence (O1–O6).
 */
package org.prongsai.agency;
