package org.prongsai.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ItaStatus;
import org.springframework.stereotype.Component;

/** How many of this fiscal year's OIT items are ready to be assessed. */
@Component
class OitStatus implements ItaStatus.Source {

    private final DisclosureManagement disclosure;
    private final FrameworkCatalog frameworks;

    OitStatus(DisclosureManagement disclosure, FrameworkCatalog frameworks) {
        this.disclosure = disclosure;
        this.frameworks = frameworks;
    }

    @Override
    public List<ItaStatus> status(AgencyId agency, LocalDate today) {
        int year = FiscalYear.containing(today).buddhistYear();
        if (frameworks.find(year).isEmpty()) {
            return List.of();
        }
        var readiness = disclosure.readiness(agency, year);
        int all = readiness.complete() + readiness.incomplete() + readiness.stale();
        return List.of(new ItaStatus(
                40,
                "disclosure.status.oit",
                "disclosure.status.oit.value",
                readiness.complete(),
                all,
                readiness.complete() == all ? ItaStatus.State.DONE : ItaStatus.State.PENDING,
                "/admin/oit/" + year));
    }
}
