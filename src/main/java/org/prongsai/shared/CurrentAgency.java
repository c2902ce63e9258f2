package org.prongsai.shared;

import java.util.Optional;

/**
 * The agency (tenant) the current request belongs to. The agency module's tenant filter sets it for each
 * request, from the host name, the path prefix or the single agency of the deployment.
 */
public final class CurrentAgency {

    private static final ThreadLocal<AgencyId> CURRENT = new ThreadLocal<>();

    private CurrentAgency() {}

    public static AgencyId get() {
        var id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No agency for this request");
        }
        return id;
    }

    public static Optional<AgencyId> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs work as the given agency; used by the tenant filter, scheduled jobs and tests. */
    public static <T> T callAs(AgencyId agency, java.util.function.Supplier<T> work) {
        var previous = CURRENT.get();
        CURRENT.set(agency);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(AgencyId agency, Runnable work) {
        callAs(agency, () -> {
            work.run();
            return null;
        });
    }
}
