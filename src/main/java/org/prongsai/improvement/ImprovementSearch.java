package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SearchDocument;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For search: each year's issued announcement of the improvement plan, with its rows' weak points and
 * measures (so that "งบประมาณ" finds the rows about the budget), and the quarterly reports acknowledged.
 */
@Component
class ImprovementSearch implements SearchDocument.Source {

    // The index is kept in Thai, as the documents are written.
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final ImprovementManagement plans;
    private final Announcements announcements;
    private final QuarterlyReports reports;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    ImprovementSearch(
            ImprovementManagement plans,
            Announcements announcements,
            QuarterlyReports reports,
            JdbcClient jdbc,
            MessageSource messages) {
        this.plans = plans;
        this.announcements = announcements;
        this.reports = reports;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<SearchDocument> documents(AgencyId agency) {
        var out = new ArrayList<SearchDocument>();
        var years = jdbc.sql("select plan_year from improvement_plan where agency_id = :a order by plan_year")
                .param("a", agency.value())
                .query(Integer.class)
                .list();
        for (int year : years) {
            var issued = announcements.announcements(agency, year);
            if (issued.isEmpty()) {
                continue;
            }
            var latest = issued.get(issued.size() - 1);
            var plan = plans.plan(agency, year).orElse(null);
            if (plan == null) {
                continue;
            }
            var rows = plan.rows().stream()
                    .flatMap(r -> Stream.concat(
                            Stream.of(r.assessment(), r.issue(), r.measuresIntro()),
                            r.measures().stream().map(PlanDocument.Measure::text)))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(" "));
            out.add(new SearchDocument(
                    "announcement",
                    Integer.toString(year),
                    null,
                    year,
                    plan.subject().replaceAll("\\s+", " "),
                    rows,
                    "/announcements/" + year + "/" + latest.version() + ".pdf",
                    latest.issuedAt()));
            reports.acknowledgedReports(agency, year)
                    .keySet()
                    .forEach(quarter -> out.add(new SearchDocument(
                            "report",
                            year + "/" + quarter,
                            null,
                            year,
                            messages.getMessage("improvement.search.report", new Object[] {quarter, year}, THAI),
                            messages.getMessage("improvement.search.report-body", null, THAI),
                            "/reports/" + year + "/" + quarter + ".pdf",
                            null)));
        }
        return out;
    }
}
