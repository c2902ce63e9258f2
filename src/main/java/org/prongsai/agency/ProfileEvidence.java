package org.prongsai.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OitEvidence;
import org.springframework.stereotype.Component;

/**
 * The agency's own pages as OIT evidence: the organisation chart and the structure page, the executives, the
 * contact page, the powers and duties, the development plan and the laws (O1–O6 in 2566; O1–O3 from 2568).
 */
@Component
class ProfileEvidence implements OitEvidence.Source {

    static final String STRUCTURE = "structure";
    static final String EXECUTIVES = "executives";
    static final String CONTACT = "contact";

    private static final Map<AboutPage.Kind, String> PAGE_MEANINGS = Map.of(
            AboutPage.Kind.STRUCTURE, STRUCTURE,
            AboutPage.Kind.DUTIES, "duties",
            AboutPage.Kind.PLAN, "development-plan",
            AboutPage.Kind.LAWS, "laws");

    private final AgencyManagement agencies;
    private final AgencyPages pages;

    ProfileEvidence(AgencyManagement agencies, AgencyPages pages) {
        this.agencies = agencies;
        this.pages = pages;
    }

    @Override
    public List<OitEvidence> evidence(AgencyId agency, int fiscalYear, String meaning) {
        var out = new ArrayList<OitEvidence>();
        // The about page draws the structure chart from the units staff keep.
        int units =
                OitEvidence.wanted(meaning, STRUCTURE) ? agencies.units(agency).size() : 0;
        if (units > 0) {
            out.add(new OitEvidence(
                    STRUCTURE, "agency.oit.structure-chart", units, null, "/about#structure-chart", null));
        }
        int people =
                OitEvidence.wanted(meaning, EXECUTIVES) ? pages.people(agency).size() : 0;
        if (people > 0) {
            out.add(new OitEvidence(EXECUTIVES, "agency.oit.executives", people, null, "/about", null));
        }
        var written = meaning == null || PAGE_MEANINGS.containsValue(meaning)
                ? pages.aboutPages(agency)
                : List.<AboutPage>of();
        for (var page : written) {
            var pageMeaning = PAGE_MEANINGS.get(page.page());
            if (OitEvidence.wanted(meaning, pageMeaning)) {
                out.add(new OitEvidence(
                        pageMeaning,
                        "agency.page." + page.page().name(),
                        null,
                        null,
                        "/about#" + page.page().name().toLowerCase(Locale.ROOT),
                        page.updatedAt()));
            }
        }
        if (OitEvidence.wanted(meaning, CONTACT)) {
            var profile = agencies.get(agency);
            if (profile.phone() != null && !profile.fullAddress().isEmpty()) {
                out.add(new OitEvidence(CONTACT, "agency.oit.contact", null, null, "/contact", null));
            }
        }
        return out;
    }
}
