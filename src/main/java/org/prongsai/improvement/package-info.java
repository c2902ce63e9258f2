/**
 * Improvement plans: from the weak points of an ITA to the working group's measures, the chief executive's
 * signed announcement (PDF, versioned and hashed), and the measures' progress; issued announcements and
 * acknowledged reports are the evidence of the OIT items meaning {@code improvement-plan} and
 * {@code improvement-report} (O42 and O43 until 2567, O25 and O26 from 2569). Sends
 * {@code AnnouncementIssued} and {@code QuarterlyReportAcknowledged}; receives none.
 */
package org.prongsai.improvement;
