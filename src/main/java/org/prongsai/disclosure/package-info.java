/**
 * The OIT disclosure portal: each fiscal year's items, item by item, with the evidence the agency publishes,
 * completeness checks and the readiness of the whole. Sends and receives no events.
 */
package org.prongsai.disclosure;
