package org.prongsai.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** For search: the about pages, the executives and staff named on them, and the units of the structure chart. */
@Component
class ProfileSearch implements SearchDocument.Source {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private final AgencyManagement agencies;
    private final AgencyPages pages;
    private final MessageSource messages;

    ProfileSearch(AgencyManagement agencies, AgencyPages pages, MessageSource messages) {
        this.agencies = agencies;
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        var out = new ArrayList<SearchDocument>();
        for (var page : pages.aboutPages(agency)) {
            out.add(new SearchDocument(
                    "about",
                    page.page().name(),
                    null,
                    null,
                    messages.getMessage("agency.page." + page.page().name(), null, THAI),
                    Stream.of(page.body(), page.fileName())
                            .filter(Objects::nonNull)
                            .collect(Collectors.joining(" ")),
                    "/about#" + page.page().name().toLowerCase(Locale.ROOT),
                    page.updatedAt()));
        }
        var people = pages.people(agency);
        if (!people.isEmpty()) {
            out.add(new SearchDocument(
                    "about",
                    "people",
                    null,
                    null,
                    messages.getMessage("agency.search.people", null, THAI),
                    people.stream()
                            .map(p -> p.name() + " " + (p.position() == null ? "" : p.position()))
                            .collect(Collectors.joining(" ")),
                    "/about",
                    null));
        }
        var units = agencies.units(agency);
        if (!units.isEmpty()) {
            out.add(new SearchDocument(
                    "about",
                    "units",
                    null,
                    null,
                    messages.getMessage("agency.search.units", null, THAI),
                    units.stream()
                            .map(u -> Stream.of(u.nameTh(), u.nameEn(), u.headName(), u.headTitle())
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.joining(" ")))
                            .collect(Collectors.joining(" ")),
                    "/about#structure-chart",
                    null));
        }
        return out;
    }
}
