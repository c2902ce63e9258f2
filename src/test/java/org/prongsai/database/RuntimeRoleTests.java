package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application works on the embedded server as a role that reads and writes rows and owns nothing: a flaw
 * in it (an injected statement, say) cannot change the schema, switch the audit trail's guards off or rewrite
 * the trail.
 */
@ProngsaiTest
class RuntimeRoleTests {

    @Autowired
    JdbcClient jdbc;

    @Value("${prongsai.data-dir}")
    Path dataDir;

    @Test
    void theApplicationIsNeitherSuperuserNorOwner() throws Exception {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("prongsai_app");
        assertThat(jdbc.sql(
                                "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        var file = dataDir.resolve("postgres-app.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void cannotChangeTheSchemaNorTheAuditTrail() {
        assertThatThrownBy(() -> jdbc.sql("create table intruder (id int)").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger audit_event_no_update")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_event_chain on audit_event")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from flyway_schema_history").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("create or replace function audit_event_digest(prev char(64), e audit_event)"
                                + " returns char(64) language sql as $$ select repeat('0', 64) $$")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for schema public");
        // No temporary objects: a temporary view named audit_event would come first in the sealing function's
        // path and run with its owner's rights.
        assertThatThrownBy(() -> jdbc.sql("create temp view audit_event as select * from public.audit_event")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(
                        () -> jdbc.sql("create function pg_temp.evil() returns boolean language sql as 'select true'")
                                .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        // Rows of its own tables it does write.
        assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single())
                .isPositive();
    }
}
