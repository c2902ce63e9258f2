package org.prongsai.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.OpenTable;
import org.springframework.stereotype.Component;

/** Questions from the public and their answers, month by month, as open data. */
@Component
class QaOpenData implements OpenTable.Source {

    static final String NAME = "qa-statistics";

    private final Participation participation;

    QaOpenData(Participation participation) {
        this.participation = participation;
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
        for (var month : participation.statistics(agency)) {
            rows.add(List.of(
                    month.month().toString(),
                    Integer.toString(
                            FiscalYear.containing(month.month().atDay(1)).buddhistYear()),
                    Long.toString(month.asked()),
                    Long.toString(month.answered()),
                    OpenTable.decimal(month.averageDaysToAnswer())));
        }
        return Optional.of(new OpenTable(
                name,
                "สถิติการถาม-ตอบกับประชาชน รายเดือน",
                "Questions from the public and answers, by month",
                List.of("month", "fiscal_year", "asked", "answered", "average_days_to_answer"),
                rows));
    }
}
