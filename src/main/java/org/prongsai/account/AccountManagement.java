package org.prongsai.account;

import dev.samstevens.totp.secret.SecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's API: staff accounts, passwords, two-factor secrets and API tokens. */
@Service
public class AccountManagement {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<ApiToken> API_TOKEN_ROWS = new DataClassRowMapper<>(ApiToken.class);

    static final String TOKEN_PREFIX = "pst_";
    private static final String ACCOUNT_COLUMNS =
            """
            id, username, display_name, position, email, unit_id, roles, enabled, failed_logins, locked_until,
            totp_enabled, must_change_password
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final AgencyManagement agencies;
    private final SecretGenerator secrets;
    private final TotpSecrets totpSecrets;
    private final SecureRandom random = new SecureRandom();
    private final OpenSessions openSessions;

    private final Clock clock;

    AccountManagement(
            Clock clock,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            AuditTrail audit,
            AgencyManagement agencies,
            SecretGenerator secrets,
            TotpSecrets totpSecrets,
            OpenSessions openSessions) {
        this.clock = clock;
        this.totpSecrets = totpSecrets;
        this.openSessions = openSessions;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.agencies = agencies;
        this.secrets = secrets;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> accounts(AgencyId agency) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS
                        + " from account_user where agency_id = :agency order by display_name")
                .param("agency", agency.value())
                .query(AccountManagement::account)
                .list();
    }

    @Transactional(readOnly = true)
    /** The unit of the staff member signed in, when they belong to one: what their board and to-dos are about. */
    public Optional<UUID> currentUnit(AgencyId agency) {
        return org.prongsai.shared.StaffIdentity.current()
                .flatMap(me -> account(agency, me.userId()))
                .map(StaffAccount::unitId);
    }

    public Optional<StaffAccount> account(AgencyId agency, UUID id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account_user where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", id)
                .query(AccountManagement::account)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> accountByUsername(AgencyId agency, String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account_user where agency_id = :agency and username = :u")
                .param("agency", agency.value())
                .param("u", username)
                .query(AccountManagement::account)
                .optional();
    }

    @Transactional
    public UUID create(AgencyId agency, StaffAccountForm form) {
        var username = form.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (accountByUsername(agency, username).isPresent()) {
            throw new Refusal("username", "account.validation.username.taken");
        }
        RoleGrantPolicy.checkChange(StaffPrincipal.current(), null, Set.of(), false, form.roles(), form.enabled());
        PasswordPolicy.check(username, form.password());
        checkUnit(agency, form.unitId());
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into account_user (agency_id, id, username, display_name, position, email, unit_id,
                                                  roles, password_hash, enabled)
                        values (:agency, :id, :username, :displayName, :position, :email, :unitId,
                                cast(:roles as varchar[]), :hash, :enabled)
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("username", username)
                .param("displayName", form.displayName().strip())
                .param("position", blankToNull(form.position()))
                .param("email", blankToNull(form.email()))
                .param("unitId", form.unitId())
                .param("roles", rolesLiteral(form.roles()))
                .param("hash", passwords.encode(form.password()))
                .param("enabled", form.enabled())
                .update();
        audit.record(agency, "create", "account", id, null, account(agency, id).orElseThrow());
        return id;
    }

    /** Opens an agency with its first administrator, both or neither. */
    @Transactional
    public AgencyId openAgency(OpenAgencyForm form) {
        PasswordPolicy.check(form.adminUsername(), form.adminPassword());
        var agency = agencies.create(form.agency());
        create(
                agency,
                new StaffAccountForm(
                        form.adminUsername(),
                        form.adminName(),
                        null,
                        null,
                        null,
                        Set.of(Role.ADMIN),
                        true,
                        form.adminPassword()));
        return agency;
    }

    @Transactional
    public void update(AgencyId agency, UUID id, StaffAccountForm form) {
        var before = account(agency, id).orElseThrow(() -> new Refusal(null, "account.not-found"));
        RoleGrantPolicy.checkChange(
                StaffPrincipal.current(), id, before.roles(), before.enabled(), form.roles(), form.enabled());
        checkUnit(agency, form.unitId());
        jdbc.sql(
                        """
                        update account_user set display_name = :displayName, position = :position, email = :email,
                            unit_id = :unitId, roles = cast(:roles as varchar[]), enabled = :enabled, updated_at = now()
                        where agency_id = :agency and id = :id
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("displayName", form.displayName().strip())
                .param("position", blankToNull(form.position()))
                .param("email", blankToNull(form.email()))
                .param("unitId", form.unitId())
                .param("roles", rolesLiteral(form.roles()))
                .param("enabled", form.enabled())
                .update();
        var after = account(agency, id).orElseThrow();
        audit.record(agency, "update", "account", id, before, after);
        if (!before.roles().equals(after.roles()) || (before.enabled() && !after.enabled())) {
            openSessions.endAll(id);
        }
    }

    /** An administrator sets a temporary password; the person must choose their own at next sign-in. */
    @Transactional
    public void resetPassword(AgencyId agency, UUID id, String temporaryPassword) {
        var before = account(agency, id).orElseThrow(() -> new Refusal(null, "account.not-found"));
        RoleGrantPolicy.checkTouch(StaffPrincipal.current(), before.roles());
        PasswordPolicy.check(before.username(), temporaryPassword);
        jdbc.sql(
                        """
                        update account_user set password_hash = :hash, must_change_password = true, failed_logins = 0,
                            locked_until = null, updated_at = now()
                        where agency_id = :agency and id = :id
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("hash", passwords.encode(temporaryPassword))
                .update();
        audit.record(agency, "reset-password", "account", id, null, Map.of("username", before.username()));
        openSessions.endAll(id);
        revokeAllTokens(agency, id);
    }

    @Transactional
    public void changeOwnPassword(AgencyId agency, UUID id, String current, String chosen) {
        var hash = jdbc.sql("select password_hash from account_user where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", id)
                .query(String.class)
                .single();
        if (!passwords.matches(current, hash)) {
            throw new Refusal("currentPassword", "account.validation.password.wrong");
        }
        var username = account(agency, id).orElseThrow().username();
        PasswordPolicy.check(username, chosen);
        if (passwords.matches(chosen, hash)) {
            throw new Refusal("newPassword", "account.validation.password.same");
        }
        jdbc.sql(
                        """
                        update account_user set password_hash = :hash, must_change_password = false, updated_at = now()
                        where agency_id = :agency and id = :id
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("hash", passwords.encode(chosen))
                .update();
        audit.record(agency, "change-password", "account", id, null, Map.of("username", username));
        openSessions.endOthers(id);
    }

    @Transactional
    public void unlock(AgencyId agency, UUID id) {
        var before = account(agency, id).orElseThrow(() -> new Refusal(null, "account.not-found"));
        RoleGrantPolicy.checkTouch(StaffPrincipal.current(), before.roles());
        jdbc.sql(
                        "update account_user set failed_logins = 0, locked_until = null where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", id)
                .update();
        audit.record(
                agency, "unlock", "account", id, before, account(agency, id).orElseThrow());
    }

    // ---- sign-in -------------------------------------------------------------------------------------------

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
                roles(rs.getArray("roles")),
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
        accountByUsername(agency, username.strip().toLowerCase(java.util.Locale.ROOT))
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
            var account = accountByUsername(agency, username.strip().toLowerCase(java.util.Locale.ROOT))
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
        account(agency, userId)
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

    // ---- two-factor ----------------------------------------------------------------------------------------

    public String newTotpSecret() {
        return secrets.generate();
    }

    /** Whether the account has a second factor already (then it can only be reset, never replaced by a password). */
    @Transactional(readOnly = true)
    public boolean hasTotp(AgencyId agency, UUID id) {
        return jdbc.sql("select totp_enabled from account_user where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Turns two-factor on once the person has shown a code from the new secret, so nobody is locked out. Only
     * for an account without one: an existing secret is never overwritten here.
     */
    @Transactional
    public void enableTotp(AgencyId agency, UUID id, String secret, String code) {
        var step = TotpCodes.step(secret, code, TotpCodes.stepAt(clock.instant()), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new Refusal("code", "account.totp.invalid");
        }
        int enabled = jdbc.sql(
                        """
                        update account_user set totp_secret = :secret, totp_enabled = true, totp_last_step = :step,
                            updated_at = now()
                        where agency_id = :agency and id = :id and not totp_enabled
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("secret", totpSecrets.encrypt(agency, id, secret))
                .param("step", step.getAsLong())
                .update();
        if (enabled == 0) {
            throw new Refusal("code", "account.totp.already-enabled");
        }
        audit.record(agency, "enable-totp", "account", id, null, Map.of("totpEnabled", true));
    }

    /**
     * True for a right code that was not used before: the account keeps the time step of the last code it
     * accepted, so a code seen once (over a shoulder, in another session) is worth nothing afterwards.
     */
    @Transactional
    public boolean verifyTotp(AgencyId agency, UUID id, String code) {
        var row = jdbc.sql(
                        """
                        select totp_secret, coalesce(totp_last_step, 0) as last_step from account_user
                        where agency_id = :agency and id = :id and totp_enabled and totp_secret is not null
                            and enabled and (locked_until is null or locked_until <= now())
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .query((rs, n) -> Map.entry(rs.getString("totp_secret"), rs.getLong("last_step")))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        var secret = totpSecrets.decrypt(agency, id, row.get().getKey());
        var step = TotpCodes.step(
                secret, code, TotpCodes.stepAt(clock.instant()), row.get().getValue());
        return step.isPresent()
                && jdbc.sql(
                                        """
                                        update account_user set totp_last_step = :step
                                        where agency_id = :agency and id = :id
                                            and (totp_last_step is null or totp_last_step < :step)
                                        """)
                                .param("agency", agency.value())
                                .param("id", id)
                                .param("step", step.getAsLong())
                                .update()
                        == 1;
    }

    /** Seals every TOTP secret still stored clear or under a retired key (at start-up). */
    @Transactional
    public int sealTotpSecrets() {
        var rows = jdbc.sql("select agency_id, id, totp_secret from account_user where totp_secret is not null")
                .query((rs, n) -> new Object[] {
                    new AgencyId(rs.getObject("agency_id", UUID.class)),
                    rs.getObject("id", UUID.class),
                    rs.getString("totp_secret")
                })
                .list();
        int sealed = 0;
        for (var row : rows) {
            var agency = (AgencyId) row[0];
            var id = (UUID) row[1];
            var stored = (String) row[2];
            if (totpSecrets.needsSealing(stored)) {
                jdbc.sql("update account_user set totp_secret = :secret where agency_id = :agency and id = :id")
                        .param("agency", agency.value())
                        .param("id", id)
                        .param("secret", totpSecrets.encrypt(agency, id, totpSecrets.decrypt(agency, id, stored)))
                        .update();
                sealed++;
            }
        }
        return sealed;
    }

    /** An administrator clears a lost authenticator; the person enrols a new one at next sign-in. */
    @Transactional
    public void resetTotp(AgencyId agency, UUID id) {
        var before = account(agency, id).orElseThrow(() -> new Refusal(null, "account.not-found"));
        RoleGrantPolicy.checkTouch(StaffPrincipal.current(), before.roles());
        jdbc.sql(
                        """
                        update account_user set totp_secret = null, totp_enabled = false, updated_at = now()
                        where agency_id = :agency and id = :id
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .update();
        audit.record(agency, "reset-totp", "account", id, Map.of("totpEnabled", true), Map.of("totpEnabled", false));
        openSessions.endAll(id);
        revokeAllTokens(agency, id);
    }

    // ---- API tokens ----------------------------------------------------------------------------------------

    /** The days a token may be made to last. */
    public static final List<Integer> TOKEN_DAYS = List.of(30, 90, 180, 365);

    /** A read-only token for 90 days. */
    @Transactional
    public IssuedToken issueToken(AgencyId agency, UUID userId, String name) {
        return issueToken(agency, userId, name, Set.of(TokenScope.READ), 90);
    }

    /** Makes a token and returns it; it is never shown again, since only its hash is kept. */
    @Transactional
    public IssuedToken issueToken(AgencyId agency, UUID userId, String name, Set<TokenScope> scopes, int days) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new Refusal("name", "account.token.name.invalid");
        }
        if (!TOKEN_DAYS.contains(days)) {
            throw new Refusal("days", "account.token.days.invalid");
        }
        var granted = EnumSet.of(TokenScope.READ);
        granted.addAll(scopes);
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into account_api_token (agency_id, id, user_id, name, token_hash, prefix, scopes,
                                                       expires_at)
                        values (:agency, :id, :user, :name, :hash, :prefix, cast(:scopes as varchar[]),
                                now() + make_interval(days => :days))
                        """)
                .param("scopes", granted.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")))
                .param("days", days)
                .param("agency", agency.value())
                .param("id", id)
                .param("user", userId)
                .param("name", name.strip())
                .param("hash", sha256(token))
                .param("prefix", token.substring(0, 10))
                .update();
        audit.record(
                agency,
                "issue-token",
                "account_token",
                id,
                null,
                Map.of("name", name.strip(), "user", userId, "scopes", granted, "days", days));
        return new IssuedToken(id, name.strip(), token);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens(AgencyId agency, UUID userId) {
        return jdbc.sql(
                        """
                        select id, name, prefix, created_at, last_used_at, revoked_at, expires_at,
                               array_to_string(scopes, ',') as scopes
                        from account_api_token
                        where agency_id = :agency and user_id = :user order by created_at desc
                        """)
                .param("agency", agency.value())
                .param("user", userId)
                .query(API_TOKEN_ROWS)
                .list();
    }

    /** An administrator's reset is what follows a compromise: the person's tokens stop working with it. */
    private void revokeAllTokens(AgencyId agency, UUID userId) {
        int revoked = jdbc.sql(
                        """
                        update account_api_token set revoked_at = now()
                        where agency_id = :agency and user_id = :user and revoked_at is null
                        """)
                .param("agency", agency.value())
                .param("user", userId)
                .update();
        if (revoked > 0) {
            audit.record(agency, "revoke-token", "account_token", userId, null, Map.of("revoked", revoked));
        }
    }

    @Transactional
    public void revokeToken(AgencyId agency, UUID userId, UUID tokenId) {
        int changed = jdbc.sql(
                        """
                        update account_api_token set revoked_at = now()
                        where agency_id = :agency and user_id = :user and id = :id and revoked_at is null
                        """)
                .param("agency", agency.value())
                .param("user", userId)
                .param("id", tokenId)
                .update();
        if (changed > 0) {
            audit.record(agency, "revoke-token", "account_token", tokenId, null, Map.of("revoked", true));
        }
    }

    /** Who a token acts for, and what it may do; nothing for a revoked or expired token. */
    record TokenHolder(StaffPrincipal principal, Set<TokenScope> scopes) {}

    @Transactional
    Optional<TokenHolder> authenticateToken(AgencyId agency, String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        var found = jdbc.sql(
                        """
                        update account_api_token set last_used_at = now()
                        where agency_id = :agency and token_hash = :hash and revoked_at is null and expires_at > now()
                        returning user_id, array_to_string(scopes, ',') as scopes
                        """)
                .param("agency", agency.value())
                .param("hash", sha256(token))
                .query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class), rs.getString("scopes")))
                .optional();
        return found.flatMap(row -> account(agency, row.getKey())
                .flatMap(a -> principal(agency, a.username()))
                // A lock slows password guessing; it does not stop the owner's programs (a stranger could
                // otherwise cut them off by guessing). A disabled account's tokens stop.
                .filter(StaffPrincipal::isEnabled)
                .map(p -> new TokenHolder(p.withoutPassword(), scopes(row.getValue()))));
    }

    private static Set<TokenScope> scopes(String names) {
        var set = EnumSet.noneOf(TokenScope.class);
        for (var name : names.split(",")) {
            if (!name.isBlank()) {
                set.add(TokenScope.valueOf(name));
            }
        }
        return set;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void checkUnit(AgencyId agency, UUID unitId) {
        if (unitId != null && agencies.unit(agency, unitId).isEmpty()) {
            throw new Refusal("unitId", "account.validation.unit.unknown");
        }
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rolesLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        var names = (String[]) array.getArray();
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(set::add);
        return set;
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        var lockedUntil = rs.getTimestamp("locked_until");
        return new StaffAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("position"),
                rs.getString("email"),
                rs.getObject("unit_id", UUID.class),
                roles(rs.getArray("roles")),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                rs.getBoolean("totp_enabled"),
                rs.getBoolean("must_change_password"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A token just made: the only moment its value is known. */
    public record IssuedToken(UUID id, String name, String token) {}

    public record ApiToken(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt,
            Instant expiresAt,
            String scopes) {
        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(Instant.now());
        }

        public boolean expired() {
            return revokedAt == null && !expiresAt.isAfter(Instant.now());
        }

        public boolean canWrite() {
            return scopes.contains(TokenScope.WRITE.name());
        }
    }
}
