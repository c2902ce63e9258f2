package org.prongsai.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * For search: the complaint channel, its guideline and this year's statistics, in the words of their own pages
 * (the message bundles), so that a citizen who types ร้องเรียน or เบาะแส finds where to report.
 */
@Component
class ComplaintSearch implements SearchDocument.Source {

    private static final String KIND = "complaint";
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final MessageSource messages;
    private final AgencyManagement agencies;
    private final Clock clock;

    ComplaintSearch(MessageSource messages, AgencyManagement agencies, Clock clock) {
        this.messages = messages;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        var name = agencies.find(agency).map(org.prongsai.agency.Agency::nameTh).orElse("");
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        return List.of(
                new SearchDocument(
                        KIND,
                        "channel",
                        null,
                        null,
                        text("complaint.title"),
                        String.join(
                                " ",
                                text("complaint.explain"),
                                text("complaint.channel.GENERAL"),
                                text("complaint.channel.GENERAL.explain"),
                                text("complaint.channel.CORRUPTION"),
                                text("complaint.channel.CORRUPTION.explain"),
                                text("complaint.protection.sealed"),
                                text("complaint.protection.no-address")),
                        "/complaints",
                        null),
                new SearchDocument(
                        KIND,
                        "guideline",
                        null,
                        null,
                        text("complaint.guideline.title"),
                        text("complaint.guideline.intro", name),
                        "/complaints/guideline",
                        null),
                new SearchDocument(
                        KIND,
                        "statistics",
                        null,
                        year,
                        text("complaint.stats.title", year),
                        text("complaint.title"),
                        "/complaints/statistics",
                        null));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, THAI);
    }
}
