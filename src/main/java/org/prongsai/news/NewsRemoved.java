package org.prongsai.news;

import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** A news item was taken down. */
public record NewsRemoved(AgencyId agency, UUID newsId) implements PublicContentChanged.OfAgency {

    @Override
    public String pages() {
        return "/|/news(/.*)?";
    }

    @Override
    public java.util.List<String> oitMeanings() {
        return java.util.List.of(NewsEvidence.MEANING);
    }
}
