package org.prongsai.framework;

/** Where a value comes from and how sure we are of it: the NACC manual itself was not available. */
public record Provenance(String source, String confidence) {}
