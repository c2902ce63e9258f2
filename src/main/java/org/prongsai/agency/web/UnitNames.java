package org.prongsai.agency.web;

import java.util.HashMap;
import java.util.Map;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.Unit;
import org.prongsai.shared.CurrentAgency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Templates write {@code ${@units.name(m.unit)}} for a unit named as plans and measures keep it (its Thai name,
 * as the signed announcement prints it): the reader gets the unit's English name on English pages when the
 * agency gave one. The agency's units are read once per request.
 */
@Component("units")
public class UnitNames {

    private static final String KEPT = UnitNames.class.getName();

    private final AgencyManagement agencies;

    UnitNames(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    public String name(String thai) {
        var locale = LocaleContextHolder.getLocale();
        if (thai == null || !"en".equals(locale.getLanguage())) {
            return thai;
        }
        var unit = units().get(thai.strip());
        return unit == null ? thai : unit.name(locale);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Unit> units() {
        var agency = CurrentAgency.find();
        if (agency.isEmpty()) {
            return Map.of();
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> kept) {
            return (Map<String, Unit>) kept;
        }
        var byName = new HashMap<String, Unit>();
        for (var unit : agencies.units(agency.get())) {
            byName.put(unit.nameTh(), unit);
        }
        if (request != null) {
            request.setAttribute(KEPT, byName, RequestAttributes.SCOPE_REQUEST);
        }
        return byName;
    }
}
