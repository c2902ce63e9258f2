package org.prongsai.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/**
 * The agency's own pages as OIT evidence: the organisation chart (O1), the executives (O2), the contact page
 * (O5) and the about pages: structure (O1), powers and duties (O3), development plan (O4), laws (O6).
 */
@Component
class ProfileEvidence implements OitEvidence.Source {

    private static final Map<AboutPage.Kind, String> PAGE_ITEMS = Map.of(
            AboutPage.Kind.STRUCTURE, "O1",
            AboutPage.Kind.DUTIES, "O3",
            AboutPage.Kind.PLAN, "O4",
            AboutPage.Kind.LAWS, "O6");

    private final AgencyManagement agencies;

    ProfileEvidence(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String itemId) {
        var out = new ArrayList<OitEvidence>();
        // The about page draws the structure chart from the units staff keep.
        int units = OitEvidence.wanted(itemId, "O1") ? agencies.units(agency).size() : 0;
        if (units > 0) {
            out.add(new OitEvidence("O1", "agency.oit.structure-chart", units, null, "/about#structure-chart", null));
        }
        int people = OitEvidence.wanted(itemId, "O2") ? agencies.people(agency).size() : 0;
        if (people > 0) {
            out.add(new OitEvidence("O2", "agency.oit.executives", people, null, "/about", null));
        }
        var pages =
                itemId == null || PAGE_ITEMS.containsValue(itemId) ? agencies.aboutPages(agency) : List.<AboutPage>of();
        for (var page : pages) {
            var item = PAGE_ITEMS.get(page.page());
            if (OitEvidence.wanted(itemId, item)) {
                out.add(new OitEvidence(
                        item,
                        "agency.page." + page.page().name(),
                        null,
                        null,
                        "/about#" + page.page().name().toLowerCase(Locale.ROOT),
                        page.updatedAt()));
            }
        }
        if (OitEvidence.wanted(itemId, "O5")) {
            var profile = agencies.get(agency);
            if (profile.phone() != null && !profile.fullAddress().isEmpty()) {
                out.add(new OitEvidence("O5", "agency.oit.contact", null, null, "/contact", null));
            }
        }
        return out;
    }
}
