package org.prongsai.news;

import java.util.List;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/** The news the agency published in a fiscal year, as the evidence of OIT item O7. */
@Component
class NewsEvidence implements OitEvidence.Source {

    static final String ITEM = "O7";

    private final News news;

    NewsEvidence(News news) {
        this.news = news;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String itemId) {
        long published = OitEvidence.wanted(itemId, ITEM) ? news.publishedIn(agency, fiscalYear) : 0;
        return OitEvidence.counted(ITEM, "news.oit.published", published, fiscalYear, "/news");
    }
}
