package org.prongsai.complaint;

/** The two channels the NACC asks to be kept apart (O28): ordinary complaints, and reports of corruption. */
public enum Channel {
    /** ร้องเรียน/ร้องทุกข์: a complaint or a request about the agency's services. */
    GENERAL,
    /** แจ้งเบาะแสการทุจริตและประพฤติมิชอบ: a report of bribery, corruption or misconduct by officials. */
    CORRUPTION
}
