package org.prongsai.agency;

import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** The agency's profile, emblem, units, executives or about pages changed: every public page shows some of it. */
public record AgencyProfileChanged(AgencyId agency) implements PublicContentChanged.OfAgency {}
