package org.prongsai.participation;

import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/** Questions answered in public in a fiscal year: OIT evidence of a two-way channel that is used (O8 in 2566, part of O3 from 2568). */
@Component
class QaEvidence implements OitEvidence.Source {

    static final String MEANING = "qa";

    private final Participation participation;

    QaEvidence(Participation participation) {
        this.participation = participation;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String meaning) {
        long answered = OitEvidence.wanted(meaning, MEANING) ? participation.answeredIn(agency, fiscalYear) : 0;
        return OitEvidence.counted(MEANING, "participation.oit.answered", answered, fiscalYear, "/qa");
    }
}
