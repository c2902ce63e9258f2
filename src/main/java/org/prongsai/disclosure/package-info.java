/**
 * The OIT disclosure portal: each fiscal year's items, item by item, with the evidence the agency publishes,
 * completeness checks and the readiness of the whole; it also lists the evidence other modules make from their
 * own data ({@code shared.OitEvidence.Source}), and serves every module's open data tables
 * ({@code shared.OpenTable.Source}) as CSV, JSON and a DCAT catalogue. Sends
 * {@code EvidencePublished}, {@code EvidenceRemoved} and {@code EvidenceChecked}; receives none.
 */
package org.prongsai.disclosure;
