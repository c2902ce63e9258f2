package org.prongsai.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: made for a person, shown once, kept only as a hash, revoked by the person or with a reset. */
@Service
public class ApiTokens {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<ApiToken> API_TOKEN_ROWS = new DataClassRowMapper<>(ApiToken.class);

    static final String TOKEN_PREFIX = "pst_";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    private final java.time.Clock clock;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

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
                               array_to_string(scopes, ',') as scopes,
                               revoked_at is null and expires_at > :now as active,
                               revoked_at is null and expires_at <= :now as expired
                        from account_api_token
                        where agency_id = :agency and user_id = :user order by created_at desc
                        """)
                .param("agency", agency.value())
                .param("user", userId)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(API_TOKEN_ROWS)
                .list();
    }

    /** An administrator's reset is what follows a compromise: the person's tokens stop working with it. */
    void revokeAll(AgencyId agency, UUID userId) {
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

    /** Whose a token is and what it may do, marking it used; nothing for a revoked, expired or malformed one. */
    record Use(UUID userId, Set<TokenScope> scopes) {}

    @Transactional
    Optional<Use> use(AgencyId agency, String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        update account_api_token set last_used_at = now()
                        where agency_id = :agency and token_hash = :hash and revoked_at is null and expires_at > now()
                        returning user_id, array_to_string(scopes, ',') as scopes
                        """)
                .param("agency", agency.value())
                .param("hash", sha256(token))
                .query((rs, n) -> new Use(rs.getObject("user_id", UUID.class), scopes(rs.getString("scopes"))))
                .optional();
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

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
            String scopes,
            // As of the moment it was read, by the application's clock.
            boolean active,
            boolean expired) {

        public boolean canWrite() {
            return scopes.contains(TokenScope.WRITE.name());
        }
    }
}
