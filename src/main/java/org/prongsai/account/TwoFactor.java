package org.prongsai.account;

import dev.samstevens.totp.secret.SecretGenerator;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The second factor (TOTP): enrolled once with a code, each code good once, secrets sealed at rest. */
@Service
public class TwoFactor {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecretGenerator secrets;
    private final TotpSecrets totpSecrets;
    private final OpenSessions openSessions;
    private final AccountManagement accounts;
    private final ApiTokens tokens;
    private final Clock clock;

    TwoFactor(
            JdbcClient jdbc,
            AuditTrail audit,
            SecretGenerator secrets,
            TotpSecrets totpSecrets,
            OpenSessions openSessions,
            AccountManagement accounts,
            ApiTokens tokens,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.secrets = secrets;
        this.totpSecrets = totpSecrets;
        this.openSessions = openSessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

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
        var before = accounts.account(agency, id).orElseThrow(() -> new Refusal(null, "account.not-found"));
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
        tokens.revokeAll(agency, id);
    }
}
