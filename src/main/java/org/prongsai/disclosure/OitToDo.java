package org.prongsai.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.FiscalYear;
import org.prongsai.shared.ToDo;
import org.prongsai.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/** This fiscal year's OIT items not ready yet, for the ITA officer and the administrator. */
@Component
class OitToDo implements ToDo.Source {

    private final DisclosureManagement disclosure;
    private final FrameworkCatalog frameworks;

    OitToDo(DisclosureManagement disclosure, FrameworkCatalog frameworks) {
        this.disclosure = disclosure;
        this.frameworks = frameworks;
    }

    @Override
    public List<ToDo> toDo(AgencyId agency, Set<String> roles, LocalDate today) {
        int year = FiscalYear.containing(today).buddhistYear();
        if (!(roles.contains(AccessRules.ITA_OFFICER) || roles.contains(AccessRules.ADMIN))
                || frameworks.find(year).isEmpty()) {
            return List.of();
        }
        var readiness = disclosure.readiness(agency, year);
        int notReady = readiness.incomplete() + readiness.stale();
        return notReady == 0
                ? List.of()
                : List.of(new ToDo(ToDo.Tone.DUE, "disclosure.todo.not-ready", notReady, year, "/admin/oit/" + year));
    }
}
