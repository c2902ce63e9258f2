package org.prongsai.account;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prongsai.shared.Refusal;

/**
 * Who may change whose account: only operators grant {@link Role#OPERATOR} or touch an operator's account (its
 * roles, password, second factor, lock), and nobody changes their own roles or disables themself, so that an
 * agency's administrator can never raise itself to run the platform. Work done by the system itself (the first
 * start, the demo data) has no actor and is not limited.
 */
final class RoleGrantPolicy {

    private RoleGrantPolicy() {}

    /** Refuses a change of {@code target}'s roles or state from {@code before} to {@code after}. */
    static void checkChange(
            Optional<StaffPrincipal> actor,
            UUID target,
            Set<Role> before,
            boolean enabledBefore,
            Set<Role> after,
            boolean enabledAfter) {
        // Two people: an investigator asks to see who reported, a custodian decides. One account holding both
        // would need nobody else, whoever made it.
        if (after.contains(Role.INVESTIGATOR) && after.contains(Role.CUSTODIAN)) {
            throw new Refusal("roles", "account.roles.investigator-and-custodian");
        }
        if (actor.isEmpty()) {
            return;
        }
        var staff = actor.get();
        if (target != null
                && target.equals(staff.userId())
                && (!before.equals(after) || enabledBefore != enabledAfter)) {
            throw new Refusal("roles", "account.roles.own");
        }
        if ((before.contains(Role.OPERATOR) || after.contains(Role.OPERATOR)) && !staff.has(Role.OPERATOR)) {
            throw new Refusal("roles", "account.roles.operator-only");
        }
    }

    /** Refuses a password reset, unlock or second-factor reset of an operator by anyone but an operator. */
    static void checkTouch(Optional<StaffPrincipal> actor, Set<Role> targetRoles) {
        if (actor.isPresent()
                && targetRoles.contains(Role.OPERATOR)
                && !actor.get().has(Role.OPERATOR)) {
            throw new Refusal(null, "account.roles.operator-only");
        }
    }
}
