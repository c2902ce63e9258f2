package org.prongsai.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ToDo;
import org.prongsai.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * For investigators: reports not yet acknowledged (those past their deadline apart), and cases whose reporter
 * wrote last; for custodians: requests to open an identity. Counts only, never what a case says.
 */
@Component
class ComplaintToDo implements ToDo.Source {

    private final CaseHandling cases;
    private final IdentityRequests identities;

    ComplaintToDo(CaseHandling cases, IdentityRequests identities) {
        this.cases = cases;
        this.identities = identities;
    }

    @Override
    public List<ToDo> toDo(AgencyId agency, Set<String> roles, LocalDate today) {
        var out = new ArrayList<ToDo>();
        if (roles.contains(AccessRules.INVESTIGATOR)) {
            var open = cases.cases(agency);
            long late = open.stream().filter(CaseHandling.CaseLine::late).count();
            long waiting =
                    open.stream().filter(c -> c.status() == CaseStatus.RECEIVED).count() - late;
            long wrote = open.stream()
                    .filter(c -> c.reporterWrote() && !c.status().closed())
                    .count();
            if (late > 0) {
                out.add(new ToDo(ToDo.Tone.LATE, "complaint.todo.late", late, null, "/admin/complaints"));
            }
            if (waiting > 0) {
                out.add(new ToDo(ToDo.Tone.WAITING, "complaint.todo.new", waiting, null, "/admin/complaints"));
            }
            if (wrote > 0) {
                out.add(new ToDo(ToDo.Tone.WAITING, "complaint.todo.wrote", wrote, null, "/admin/complaints"));
            }
        }
        if (roles.contains(AccessRules.CUSTODIAN)) {
            long pending = identities.pendingCount(agency);
            if (pending > 0) {
                out.add(new ToDo(
                        ToDo.Tone.WAITING, "complaint.todo.identity", pending, null, "/admin/complaint-identities"));
            }
        }
        return out;
    }
}
