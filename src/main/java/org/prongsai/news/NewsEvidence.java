package org.prongsai.news;

import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/** The news the agency published in a fiscal year, as OIT evidence (O7 in 2566, O4 from 2568). */
@Component
class NewsEvidence implements OitEvidence.Source {

    static final String MEANING = "news";

    private final News news;

    NewsEvidence(News news) {
        this.news = news;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String meaning) {
        long published = OitEvidence.wanted(meaning, MEANING) ? news.publishedIn(agency, fiscalYear) : 0;
        return OitEvidence.counted(MEANING, "news.oit.published", published, fiscalYear, "/news");
    }
}
