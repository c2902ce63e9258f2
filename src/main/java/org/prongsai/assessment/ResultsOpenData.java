package org.prongsai.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.OpenTable;
import org.springframework.stereotype.Component;

/** The agency's ITA results, year by year, as open data. */
@Component
class ResultsOpenData implements OpenTable.Source {

    static final String NAME = "ita-results";

    private final AssessmentManagement assessments;

    ResultsOpenData(AssessmentManagement assessments) {
        this.assessments = assessments;
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
        for (var year : assessments.history(agency)) {
            rows.add(List.of(
                    Integer.toString(year.fiscalYear()),
                    OpenTable.decimal(year.officialTotal()),
                    OpenTable.decimal(year.computedTotal()),
                    year.grade() == null ? "" : year.grade(),
                    year.rating() == null ? "" : year.rating().level().name().th()));
        }
        return Optional.of(new OpenTable(
                name,
                "ผลการประเมิน ITA ของหน่วยงาน",
                "The agency's ITA results",
                List.of("fiscal_year", "official_total", "computed_total", "grade", "level"),
                rows));
    }
}
