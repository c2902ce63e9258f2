package org.prongsai.assessment.scoring;

/** The assessor's finding on one OIT item. */
public enum OitVerdict {
    /** Every required element published, with data of the assessed year: 100. */
    PASS,
    /** Something missing or out of date: 0. */
    FAIL,
    /** The item does not apply to this agency: left out of the mean. */
    NOT_APPLICABLE
}
