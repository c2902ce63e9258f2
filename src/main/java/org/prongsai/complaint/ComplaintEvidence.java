package org.prongsai.complaint;

import java.util.ArrayList;
import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/**
 * The complaint channel, its guideline and its statistics as OIT evidence: the online channel for corruption
 * reports, kept apart from general complaints (O18 in 2568, O17 from 2569), the handling guideline written from
 * the steps the system enforces (O17, O16), and the year's statistics (O19, O18), published whatever their
 * numbers: a year without reports is a statistic too.
 */
@Component
class ComplaintEvidence implements OitEvidence.Source {

    static final String CHANNEL = "complaint-channel";
    static final String STATISTICS = "complaint-statistics";
    static final String GUIDELINE = "complaint-guideline";

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String meaning) {
        var out = new ArrayList<OitEvidence>();
        if (OitEvidence.wanted(meaning, CHANNEL)) {
            out.add(new OitEvidence(CHANNEL, "complaint.oit.channel", null, null, "/complaints", null));
        }
        if (OitEvidence.wanted(meaning, GUIDELINE)) {
            out.add(new OitEvidence(GUIDELINE, "complaint.oit.guideline", null, null, "/complaints/guideline", null));
        }
        if (OitEvidence.wanted(meaning, STATISTICS)) {
            out.add(new OitEvidence(
                    STATISTICS,
                    "complaint.oit.statistics",
                    fiscalYear,
                    null,
                    "/complaints/statistics?year=" + fiscalYear,
                    null));
        }
        return out;
    }
}
