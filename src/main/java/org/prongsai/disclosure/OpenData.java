package org.prongsai.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prongsai.assessment.AssessmentManagement;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.improvement.ImprovementManagement;
import org.prongsai.participation.Participation;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Csv;
import org.prongsai.shared.FiscalYear;
import org.springframework.stereotype.Service;

/**
 * The agency's public tables as open data: each a list of rows with named columns, served as CSV and JSON and
 * described in a DCAT catalogue that a CKAN portal (ckanext-dcat) can harvest.
 */
@Service
public class OpenData {

    /** A public table: its name, title, columns and rows (values as text, in column order). */
    public record Table(String name, String titleTh, String titleEn, List<String> columns, List<List<String>> rows) {}

    private final DisclosureManagement disclosure;
    private final ImprovementManagement improvement;
    private final AssessmentManagement assessments;
    private final FrameworkCatalog frameworks;
    private final Participation participation;

    OpenData(
            DisclosureManagement disclosure,
            ImprovementManagement improvement,
            AssessmentManagement assessments,
            FrameworkCatalog frameworks,
            Participation participation) {
        this.participation = participation;
        this.disclosure = disclosure;
        this.improvement = improvement;
        this.assessments = assessments;
        this.frameworks = frameworks;
    }

    public List<String> names() {
        var names = new ArrayList<String>();
        names.add("ita-results");
        names.add("announcements");
        names.add("qa-statistics");
        frameworks.years().forEach(y -> names.add("oit-" + y));
        return names;
    }

    public Optional<Table> table(AgencyId agency, String name, String siteBase) {
        if (name.equals("ita-results")) {
            var rows = new ArrayList<List<String>>();
            for (var year : assessments.history(agency)) {
                rows.add(List.of(
                        Integer.toString(year.fiscalYear()),
                        text(year.officialTotal()),
                        text(year.computedTotal()),
                        year.grade() == null ? "" : year.grade()));
            }
            return Optional.of(new Table(
                    name,
                    "ผลการประเมิน ITA ของหน่วยงาน",
                    "The agency's ITA results",
                    List.of("fiscal_year", "official_total", "computed_total", "grade"),
                    rows));
        }
        if (name.equals("announcements")) {
            var rows = new ArrayList<List<String>>();
            for (var a : improvement.allAnnouncements(agency)) {
                rows.add(List.of(
                        Integer.toString(a.planYear()),
                        Integer.toString(a.version()),
                        a.issuedAt().toString(),
                        a.pdfSha256(),
                        siteBase + "/announcements/" + a.planYear() + "/" + a.version() + ".pdf"));
            }
            return Optional.of(new Table(
                    name,
                    "ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                    "Integrity measures announcements",
                    List.of("plan_year", "version", "issued_at", "sha256", "url"),
                    rows));
        }
        if (name.equals("qa-statistics")) {
            var rows = new ArrayList<List<String>>();
            for (var month : participation.statistics(agency)) {
                rows.add(List.of(
                        month.month().toString(),
                        Integer.toString(
                                FiscalYear.containing(month.month().atDay(1)).buddhistYear()),
                        Long.toString(month.asked()),
                        Long.toString(month.answered()),
                        text(month.averageDaysToAnswer())));
            }
            return Optional.of(new Table(
                    name,
                    "สถิติการถาม-ตอบกับประชาชน รายเดือน",
                    "Questions from the public and answers, by month",
                    List.of("month", "fiscal_year", "asked", "answered", "average_days_to_answer"),
                    rows));
        }
        if (name.startsWith("oit-")) {
            int year;
            try {
                year = Integer.parseInt(name.substring(4));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (frameworks.find(year).isEmpty()) {
                return Optional.empty();
            }
            var rows = new ArrayList<List<String>>();
            for (var status : disclosure.catalogue(agency, year)) {
                rows.add(List.of(
                        status.item().id(),
                        status.item().subIndicator(),
                        status.item().name().th(),
                        status.state().name(),
                        siteBase + "/oit/" + year + "/" + status.item().id()));
            }
            return Optional.of(new Table(
                    name,
                    "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ " + year,
                    "Open data disclosures (OIT), fiscal year " + year,
                    List.of("item", "sub_indicator", "name", "state", "url"),
                    rows));
        }
        return Optional.empty();
    }

    /** RFC 4180 CSV with a BOM, so that Thai Excel opens it as UTF-8, and no cell a spreadsheet runs. */
    public static String csv(Table table) {
        return Csv.write(table.columns(), table.rows());
    }

    public static List<Map<String, String>> json(Table table) {
        var rows = new ArrayList<Map<String, String>>();
        for (var row : table.rows()) {
            var map = new LinkedHashMap<String, String>();
            for (int c = 0; c < table.columns().size(); c++) {
                map.put(table.columns().get(c), row.get(c));
            }
            rows.add(map);
        }
        return rows;
    }

    private static String text(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
