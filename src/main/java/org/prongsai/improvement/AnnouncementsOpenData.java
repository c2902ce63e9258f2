package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OpenTable;
import org.springframework.stereotype.Component;

/** Every issued announcement, with its hash and address, as open data. */
@Component
class AnnouncementsOpenData implements OpenTable.Source {

    static final String NAME = "announcements";

    private final Announcements announcements;

    AnnouncementsOpenData(Announcements announcements) {
        this.announcements = announcements;
    }

    @Override
    public List<String> tableNames() {
        return List.of(NAME);
    }

    @Override
    public Optional<OpenTable> table(AgencyId agency, String name, String siteBase) {
        if (!name.equals(NAME)) {
            return Optional.empty();
        }
        var rows = new ArrayList<List<String>>();
        for (var a : announcements.allAnnouncements(agency)) {
            rows.add(List.of(
                    Integer.toString(a.planYear()),
                    Integer.toString(a.version()),
                    a.issuedAt().toString(),
                    a.pdfSha256(),
                    siteBase + "/announcements/" + a.planYear() + "/" + a.version() + ".pdf"));
        }
        return Optional.of(new OpenTable(
                name,
                "ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                "Integrity measures announcements",
                List.of("plan_year", "version", "issued_at", "sha256", "url"),
                rows));
    }
}
