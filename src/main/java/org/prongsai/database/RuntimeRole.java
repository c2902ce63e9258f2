package org.prongsai.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded server's runtime role: the application works as {@value #NAME}, which reads and writes rows
 * but owns nothing, so a flaw in the application cannot alter the schema, switch the audit trail's triggers
 * off or rewrite its records. Migrations run as the superuser, which then grants the role what it needs.
 */
final class RuntimeRole {

    static final String NAME = "prongsai_app";
    private static final String FILE = "postgres-app.password";

    private RuntimeRole() {}

    /** The role's password, made and kept (0600) at the first start. */
    static String password(Path dataDir) throws IOException {
        return EmbeddedPassword.readOrMake(dataDir.resolve(FILE));
    }

    /** Creates the role if it is missing and sets its password; run as the superuser before the pool opens. */
    static void create(Connection superuser, String password) throws SQLException {
        try (var statement = superuser.createStatement()) {
            statement.execute(
                    """
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%s') then
                            create role %s login nosuperuser nocreatedb nocreaterole noinherit;
                        end if;
                    end $$"""
                            .formatted(NAME, NAME));
            // base64url characters only: nothing in the password needs quoting.
            statement.execute("alter role " + NAME + " password '" + password + "'");
        }
    }

    /**
     * Grants rows, not structure, on every table the migrations made; run as the superuser after every
     * migration, so that tables added by an upgrade are covered. The audit trail is insert-only for the role.
     */
    static void grant(Connection superuser) throws SQLException {
        try (var statement = superuser.createStatement()) {
            statement.execute("revoke create on schema public from public");
            statement.execute("grant usage on schema public to " + NAME);
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + NAME);
            statement.execute("grant usage, select on all sequences in schema public to " + NAME);
            statement.execute("revoke insert, update, delete, truncate on flyway_schema_history from " + NAME);
            statement.execute("revoke update, delete, truncate on audit_event from " + NAME);
            statement.execute("grant execute on function audit_seal(uuid) to " + NAME);
            // No temporary objects: a temporary table or view named like one of ours comes first in a session's
            // search path, and the application needs none.
            statement.execute("revoke temporary on database " + superuser.getCatalog() + " from public");
        }
    }
}
