package org.prongsai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.support.ProngsaiTest;
import org.prongsai.support.Superuser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit records are written unsealed and sealed into their agency's chain afterwards, in the order they were
 * made; an unsealed record is as protected as a sealed one.
 */
@ProngsaiTest
class AuditSealingTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${prongsai.data-dir}")
    Path dataDir;

    @Test
    void recordsWrittenAtOnceAreSealedInOrderIntoAWholeChain() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        long before = trail.verify(agency).records();
        for (int i = 0; i < 5; i++) {
            int n = i;
            transactions.executeWithoutResult(
                    t -> trail.record(agency, "update", "test_sealing", "x" + n, null, Map.of("n", n)));
        }
        var check = trail.verify(agency);
        assertThat(check.intact()).isTrue();
        assertThat(check.records()).isGreaterThanOrEqualTo(before + 5);
        assertThat(jdbc.sql("select count(*) from audit_event where agency_id = :a and hash is null")
                        .param("a", agency.value())
                        .query(Long.class)
                        .single())
                .isZero();
        // In the order they were made.
        assertThat(jdbc.sql("select entity_id from audit_event where agency_id = :a and entity_type = 'test_sealing'"
                                + " order by seq")
                        .param("a", agency.value())
                        .query(String.class)
                        .list())
                .containsExactly("x0", "x1", "x2", "x3", "x4");
    }

    @Test
    void theApplicationWritesRecordsOfNowWithoutChoosingTheirPlace() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var id = UUID.randomUUID();
        // Backdated, and with a place in the chain of its own: neither is kept.
        jdbc.sql(
                        "insert into audit_event (agency_id, id, occurred_at, actor_name, action, entity_type, seq, prev_hash, hash)"
                                + " values (:a, :id, timestamptz '2025-01-15 10:00+07', 'ย้อนเวลา', 'update', 'test_planted',"
                                + " 1000000, repeat('0', 64), repeat('f', 64))")
                .param("a", agency.value())
                .param("id", id)
                .update();
        assertThat(jdbc.sql("select occurred_at > now() - interval '1 minute' from audit_event where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        var check = trail.verify(agency);
        assertThat(check.intact()).isTrue();
        assertThat(jdbc.sql("select seq < 1000000 from audit_event where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anUnsealedRecordCannotBeChangedOnlySealed() {
        var agency = agencies.findIdBySlug("banprongsai").orElseThrow();
        var superuser = Superuser.of(dataDir);
        var id = UUID.randomUUID();
        // Written unsealed whatever seal it is given but a whole one.
        superuser
                .sql("insert into audit_event (agency_id, id, actor_name, action, entity_type, seq)"
                        + " values (:a, :id, 'ทดสอบ', 'update', 'test_unsealed', 999999)")
                .param("a", agency.value())
                .param("id", id)
                .update();
        assertThat(superuser
                        .sql("select seq is null from audit_event where agency_id = :a and id = :id")
                        .param("a", agency.value())
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // Its content cannot change, not even by the superuser while it waits, nor by the application's role.
        assertThatThrownBy(() -> superuser
                        .sql("update audit_event set actor_name = 'ผู้อื่น', hash = repeat('0', 64)"
                                + " where agency_id = :a and id = :id")
                        .param("a", agency.value())
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set hash = repeat('0', 64) where id = :id")
                        .param("id", id)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(trail.verify(agency).intact()).isTrue();
        assertThat(jdbc.sql("select hash from audit_event where agency_id = :a and id = :id")
                        .param("a", agency.value())
                        .param("id", id)
                        .query(String.class)
                        .single())
                .hasSize(64);
    }
}
