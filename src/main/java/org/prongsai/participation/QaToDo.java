package org.prongsai.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.ToDo;
import org.prongsai.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/** Citizens' questions waiting for an answer, for whoever may answer them. */
@Component
class QaToDo implements ToDo.Source {

    private final Participation participation;

    QaToDo(Participation participation) {
        this.participation = participation;
    }

    @Override
    public List<ToDo> toDo(AgencyId agency, Set<String> roles, LocalDate today) {
        if (roles.stream().noneMatch(Set.of(AccessRules.PUBLISHERS)::contains)) {
            return List.of();
        }
        long waiting = participation.waitingCount(agency);
        return waiting == 0
                ? List.of()
                : List.of(new ToDo(ToDo.Tone.WAITING, "participation.todo.unanswered", waiting, null, "/admin/qa"));
    }
}
