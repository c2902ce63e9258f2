package org.prongsai.complaint;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fiscal year's complaints in numbers, as the public site publishes them (O19 in 2568, O18 from 2569): per
 * month and channel, per status, and how long closing took. Counts and days only: nothing of what a case says
 * or who sent it, and no case that could be told apart by its date alone (the month is the finest unit).
 */
@Service
public class ComplaintStatistics {

    private final JdbcClient jdbc;

    ComplaintStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Month(LocalDate first, int general, int corruption) {

        public int total() {
            return general + corruption;
        }
    }

    public record Year(
            int fiscalYear,
            List<Month> months,
            Map<CaseStatus, Integer> byStatus,
            int general,
            int corruption,
            int closed,
            Integer medianDaysToClose) {

        public int total() {
            return general + corruption;
        }

        public int open() {
            return total() - closed;
        }
    }

    private record Row(Channel channel, CaseStatus status, LocalDate receivedOn, LocalDate changedOn) {}

    @Transactional(readOnly = true)
    public Year of(AgencyId agency, int fiscalYear) {
        var year = FiscalYear.of(fiscalYear);
        var rows = jdbc.sql(
                        """
                        select channel, status, received_on, status_changed_on from complaint_case
                        where agency_id = :a and received_on between :from and :to
                        """)
                .param("a", agency.value())
                .param("from", year.start())
                .param("to", year.end())
                .query((rs, n) -> new Row(
                        Channel.valueOf(rs.getString("channel")),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getObject("status_changed_on", LocalDate.class)))
                .list();
        var months = new ArrayList<Month>();
        for (var first = year.start().withDayOfMonth(1); !first.isAfter(year.end()); first = first.plusMonths(1)) {
            var month = first;
            var inMonth = rows.stream()
                    .filter(r -> r.receivedOn().getYear() == month.getYear()
                            && r.receivedOn().getMonth() == month.getMonth())
                    .toList();
            months.add(new Month(
                    month,
                    (int) inMonth.stream()
                            .filter(r -> r.channel() == Channel.GENERAL)
                            .count(),
                    (int) inMonth.stream()
                            .filter(r -> r.channel() == Channel.CORRUPTION)
                            .count()));
        }
        var byStatus = new EnumMap<CaseStatus, Integer>(CaseStatus.class);
        for (var status : CaseStatus.values()) {
            byStatus.put(status, (int)
                    rows.stream().filter(r -> r.status() == status).count());
        }
        var days = rows.stream()
                .filter(r -> r.status().closed())
                .map(r -> ChronoUnit.DAYS.between(r.receivedOn(), r.changedOn()))
                .sorted()
                .toList();
        return new Year(
                fiscalYear,
                months,
                byStatus,
                (int) rows.stream().filter(r -> r.channel() == Channel.GENERAL).count(),
                (int) rows.stream()
                        .filter(r -> r.channel() == Channel.CORRUPTION)
                        .count(),
                days.size(),
                days.isEmpty() ? null : days.get(days.size() / 2).intValue());
    }
}
