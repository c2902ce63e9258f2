package org.prongsai.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in, as the account tables record it: who may sign in, each wrong password or code counted towards
 * the lock-out, each right one clearing it, every step in the audit trail; and who a token acts for.
 */
@Service
class SignInRecords {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AccountManagement accounts;
    private final ApiTokens tokens;
    private final OpenSessions openSessions;
    private final Clock clock;

    SignInRecords(
            JdbcClient jdbc,
            AuditTrail audit,
            AccountManagement accounts,
            ApiTokens tokens,
            OpenSessions openSessions,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.tokens = tokens;
        this.openSessions = openSessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<StaffPrincipal> principal(AgencyId agency, String username) {
        return jdbc.sql(
                        """
                        select id, username, display_name, roles, password_hash, enabled, locked_until, totp_enabled,
                               must_change_password
                        from account_user where agency_id = :agency and username = :username
                        """)
                .param("agency", agency.value())
                .param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> principal(agency, rs))
                .optional();
    }

    private StaffPrincipal principal(AgencyId agency, ResultSet rs) throws SQLException {
        var lockedUntil = rs.getTimestamp("locked_until");
        return new StaffPrincipal(
                agency,
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                AccountManagement.roles(rs.getArray("roles")),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()),
                rs.getBoolean("totp_enabled"),
                rs.getBoolean("must_change_password"));
    }

    @Transactional
    void recordFailedLogin(AgencyId agency, String username) {
        countFailure(agency, username, "sign-in-failed", "failed_logins", false);
    }

    /**
     * Counts a wrong password or code atomically in the row. Wrong passwords from anywhere, past the policy's
     * number, hold the account back for a delay that grows with each further one (and is cleared by a right
     * sign-in); wrong codes lock it for the full time at once. {@code counter} is one of the two counting
     * columns, never anything a request gave.
     */
    private void countFailure(AgencyId agency, String username, String action, String counter, boolean code) {
        var failures = jdbc.sql("update account_user set " + counter + " = " + counter + " + 1"
                        + " where agency_id = :agency and username = :username returning " + counter)
                .param("agency", agency.value())
                .param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .query(Integer.class)
                .optional();
        accounts.accountByUsername(agency, username.strip().toLowerCase(java.util.Locale.ROOT))
                .ifPresent(account -> audit.record(
                        agency, action, "account", account.id(), null, Map.of("failures", failures.orElse(0))));
        var hold = failures.map(n -> code ? LockoutPolicy.codeLock(n) : LockoutPolicy.accountDelay(n))
                .orElse(java.time.Duration.ZERO);
        if (!hold.isZero()) {
            jdbc.sql("update account_user set locked_until = :until" + (code ? ", totp_failures = 0" : "")
                            + " where agency_id = :agency and username = :username")
                    .param("agency", agency.value())
                    .param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                    .param("until", Timestamp.from(clock.instant().plus(hold)))
                    .update();
            var account = accounts.accountByUsername(agency, username.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow();
            audit.record(
                    agency,
                    "lock",
                    "account",
                    account.id(),
                    null,
                    Map.of("username", account.username(), "seconds", hold.toSeconds()));
            // Sessions that gave the password and still owe a code end too: no more guesses from them.
            openSessions.endAll(account.id());
        }
    }

    /** The same password, hashed again with today's costs (the person just gave it, so it is known to be right). */
    @Transactional
    void rehashPassword(AgencyId agency, UUID userId, String newHash) {
        jdbc.sql("update account_user set password_hash = :hash where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", userId)
                .param("hash", newHash)
                .update();
    }

    /**
     * A right password. When no second factor is needed the person is signed in and the failures are cleared;
     * otherwise they stay counted until a right code, so that signing in again gives no fresh guesses at it.
     */
    @Transactional
    void recordSuccessfulLogin(AgencyId agency, UUID userId, boolean complete) {
        clearFailures(agency, userId, complete);
        audit.record(
                agency, complete ? "sign-in" : "sign-in-password", "account", userId, null, Map.of("step", "password"));
    }

    /** A code after the password: a wrong one counts towards the lock-out as a wrong password does. */
    @Transactional
    void recordSecondFactor(AgencyId agency, UUID userId, boolean right) {
        if (right) {
            clearFailures(agency, userId, true);
            audit.record(agency, "sign-in", "account", userId, null, Map.of("step", "second-factor"));
            return;
        }
        accounts.account(agency, userId)
                .ifPresent(account ->
                        countFailure(agency, account.username(), "second-factor-failed", "totp_failures", true));
    }

    /** A right password clears the wrong passwords; wrong codes are cleared only by a right code. */
    private void clearFailures(AgencyId agency, UUID userId, boolean codesToo) {
        jdbc.sql("update account_user set failed_logins = 0"
                        + (codesToo ? ", totp_failures = 0" : "")
                        + " where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", userId)
                .update();
    }

    @Transactional
    void recordSignOut(AgencyId agency, UUID userId) {
        audit.record(agency, "sign-out", "account", userId, null, Map.of("signedIn", false));
    }

    /** Who a token acts for, and what it may do; nothing for a revoked or expired token. */
    record TokenHolder(StaffPrincipal principal, Set<TokenScope> scopes) {}

    @Transactional
    Optional<TokenHolder> authenticateToken(AgencyId agency, String token) {
        return tokens.use(agency, token).flatMap(use -> accounts.account(agency, use.userId())
                .flatMap(a -> principal(agency, a.username()))
                // A lock slows password guessing; it does not stop the owner's programs (a stranger could
                // otherwise cut them off by guessing). A disabled account's tokens stop.
                .filter(StaffPrincipal::isEnabled)
                .map(p -> new TokenHolder(p.withoutPassword(), use.scopes())));
    }
}
