package org.prongsai.site;

import java.util.List;
import org.prongsai.agency.Agency;
import org.prongsai.agency.Person;
import org.prongsai.agency.Unit;

/**
 * The agency's structure as the about page draws it (OIT item O1 asks for the chart): the chief executive at
 * the top, the other political executives and the chief administrator (ปลัด) under them, and every unit with
 * its head under the chief administrator. Drawn from the executives and units staff keep, so it never goes stale.
 */
public record OrgChart(Box chief, List<Box> political, Box clerk, List<Box> permanent, List<Box> units) {

    /** One box of the chart: a name (or a unit) and what it is. */
    public record Box(String name, String role) {}

    static OrgChart of(Agency agency, List<Person> people, List<Unit> units, java.util.Locale locale) {
        var political =
                people.stream().filter(p -> p.side() == Person.Side.POLITICAL).toList();
        var permanent =
                people.stream().filter(p -> p.side() == Person.Side.PERMANENT).toList();
        // Without executives on the about page, the chief and the clerk of the agency's profile stand in.
        var chief = political.isEmpty()
                ? box(agency.chiefName(), agency.chiefTitle())
                : new Box(political.get(0).name(), political.get(0).position());
        var clerk = permanent.isEmpty()
                ? box(agency.clerkName(), agency.clerkTitle())
                : new Box(permanent.get(0).name(), permanent.get(0).position());
        return new OrgChart(
                chief,
                political.stream()
                        .skip(1)
                        .map(p -> new Box(p.name(), p.position()))
                        .toList(),
                clerk,
                // Unit heads appear in their unit's box; the chart names the others (a deputy clerk) once.
                permanent.stream()
                        .skip(1)
                        .filter(p -> units.stream().noneMatch(u -> p.name().equals(u.headName())))
                        .map(p -> new Box(p.name(), p.position()))
                        .toList(),
                units.stream()
                        .map(u -> new Box(u.name(locale), u.headName() == null ? null : headOf(u)))
                        .toList());
    }

    public boolean isEmpty() {
        return chief == null && clerk == null && units.isEmpty();
    }

    private static String headOf(Unit unit) {
        return unit.headTitle() == null || unit.headTitle().isBlank()
                ? unit.headName()
                : unit.headName() + " (" + unit.headTitle() + ")";
    }

    private static Box box(String name, String role) {
        return name == null || name.isBlank() ? null : new Box(name, role);
    }
}
