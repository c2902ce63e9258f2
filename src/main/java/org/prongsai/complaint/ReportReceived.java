package org.prongsai.complaint;

import org.prongsai.shared.AgencyId;

/** A new report arrived: its number and channel only, never what it says or who sent it. */
public record ReportReceived(AgencyId agency, int number, Channel channel) {}
