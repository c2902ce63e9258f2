package org.prongsai.framework;

import java.util.Optional;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;

/** A fiscal year's framework was corrected, copied or reverted: it is shared, so every agency's OIT pages change. */
public record FrameworkChanged(int fiscalYear) implements PublicContentChanged {

    @Override
    public Optional<AgencyId> changedAgency() {
        return Optional.empty();
    }
}
