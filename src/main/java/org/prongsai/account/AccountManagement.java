package org.prongsai.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: staff accounts, their passwords and sign-in records. {@link TwoFactor} keeps the
 * second factor, {@link ApiTokens} the tokens.
 */
@Service
public class AccountManagement {

    private static final String ACCOUNT_COLUMNS =
            """
            id, username, display_name, position, email, unit_id, roles, enabled, failed_logins, locked_until,
            totp_enabled, must_change_password
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final AgencyManagement agencies;
    private final ApiTokens tokens;
    private final OpenSessions openSessions;
    private final java.time.Clock clock;

    AccountManagement(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            AuditTrail audit,
            AgencyManagement agencies,
            ApiTokens tokens,
            OpenSessions openSessions,
            java.time.Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.openSessions = openSessions;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> accounts(AgencyId agency) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS
                        + " from account_user where agency_id = :agency order by display_name")
                .param("agency", agency.value())
                .query(this::account)
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
                .query(this::account)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> accountByUsername(AgencyId agency, String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account_user where agency_id = :agency and username = :u")
                .param("agency", agency.value())
                .param("u", username)
                .query(this::account)
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
        tokens.revokeAll(agency, id);
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

    // ---- helpers -------------------------------------------------------------------------------------------

    private void checkUnit(AgencyId agency, UUID unitId) {
        if (unitId != null && agencies.unit(agency, unitId).isEmpty()) {
            throw new Refusal("unitId", "account.validation.unit.unknown");
        }
    }

    private static String rolesLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Set<Role> roles(Array array) throws SQLException {
        var names = (String[]) array.getArray();
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(set::add);
        return set;
    }

    private StaffAccount account(ResultSet rs, int row) throws SQLException {
        var timestamp = rs.getTimestamp("locked_until");
        var lockedUntil = timestamp == null ? null : timestamp.toInstant();
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
                lockedUntil,
                lockedUntil != null && lockedUntil.isAfter(clock.instant()),
                rs.getBoolean("totp_enabled"),
                rs.getBoolean("must_change_password"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
