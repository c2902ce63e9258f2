package org.prongsai.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Csv;
import org.prongsai.shared.OpenTable;
import org.springframework.stereotype.Service;

/**
 * The agency's public tables as open data: each a list of rows with named columns, served as CSV and JSON and
 * described in a DCAT catalogue that a CKAN portal (ckanext-dcat) can harvest. Every module offers its own
 * tables ({@link OpenTable.Source}); this module adds the OIT checklist of each year and serves them all.
 */
@Service
public class OpenData implements OpenTable.Source {

    private final DisclosureManagement disclosure;
    private final FrameworkCatalog frameworks;
    private final List<OpenTable.Source> others;

    OpenData(DisclosureManagement disclosure, FrameworkCatalog frameworks, List<OpenTable.Source> sources) {
        this.disclosure = disclosure;
        this.frameworks = frameworks;
        this.others = sources.stream().filter(s -> !(s instanceof OpenData)).toList();
    }

    /** Every table of every module, this module's last. */
    public List<String> names() {
        var names = new ArrayList<String>();
        others.forEach(s -> names.addAll(s.tableNames()));
        names.addAll(tableNames());
        return names;
    }

    public Optional<OpenTable> find(AgencyId agency, String name, String siteBase) {
        for (var source : others) {
            var table = source.table(agency, name, siteBase);
            if (table.isPresent()) {
                return table;
            }
        }
        return table(agency, name, siteBase);
    }

    @Override
    public List<String> tableNames() {
        return frameworks.years().stream().map(y -> "oit-" + y).toList();
    }

    @Override
    public Optional<OpenTable> table(AgencyId agency, String name, String siteBase) {
        if (!name.startsWith("oit-")) {
            return Optional.empty();
        }
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
        return Optional.of(new OpenTable(
                name,
                "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ " + year,
                "Open data disclosures (OIT), fiscal year " + year,
                List.of("item", "sub_indicator", "name", "state", "url"),
                rows));
    }

    /** RFC 4180 CSV with a BOM, so that Thai Excel opens it as UTF-8, and no cell a spreadsheet runs. */
    public static String csv(OpenTable table) {
        return Csv.write(table.columns(), table.rows());
    }

    public static List<Map<String, String>> json(OpenTable table) {
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
}
