package org.prongsai.participation;

import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/** Questions answered in public in a fiscal year: the evidence of OIT item O8 (a Q&A channel that is used). */
@Component
class QaEvidence implements OitEvidence.Source {

    static final String ITEM = "O8";

    private final Participation participation;

    QaEvidence(Participation participation) {
        this.participation = participation;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String itemId) {
        long answered = OitEvidence.wanted(itemId, ITEM) ? participation.answeredIn(agency, fiscalYear) : 0;
        return OitEvidence.counted(ITEM, "participation.oit.answered", answered, fiscalYear, "/qa");
    }
}
