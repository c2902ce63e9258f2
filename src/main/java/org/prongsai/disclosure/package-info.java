/**
 * The OIT disclosure portal: each fiscal year's items, item by item, with the evidence the agency publishes,
 * completeness checks and the readiness of the whole; it also lists the evidence other modules make from their
 * own data ({@code shared.OitEvidence.Source}). Sends and receives no events.
 */
package org.prongsai.disclosure;
