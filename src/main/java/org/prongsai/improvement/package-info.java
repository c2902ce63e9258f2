/**
 * Improvement plans: from the weak points of an ITA to the working group's measures, the chief executive's
 * signed announcement (PDF, versioned and hashed), and the measures' progress; issued announcements and
 * acknowledged reports are OIT items O42's and O43's evidence. Sends
 * {@code AnnouncementIssued} and {@code QuarterlyReportAcknowledged}; receives none.
 */
package org.prongsai.improvement;
