/**
 * The scoring engine: plain Java with no Spring, so that it can be tested on its own, benchmarked and used
 * by the stateless scoring API.
 */
@org.springframework.modulith.NamedInterface("scoring")
package org.prongsai.assessment.scoring;
