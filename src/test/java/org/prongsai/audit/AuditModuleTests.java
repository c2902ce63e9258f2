package org.prongsai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prongsai.shared.AgencyId;
import org.prongsai.support.FreshDataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own: Spring Modulith starts its beans and those of the modules it stands on (the
 * database, the shared kernel), not the application, and each test makes its own agency.
 */
@ApplicationModuleTest(extraIncludes = {"database", "shared"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
@org.springframework.test.context.TestPropertySource(
        properties = {"prongsai.database.embedded-durable=false", "prongsai.audit.seal-every=1h"})
class AuditModuleTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private AgencyId newAgency() {
        var id = UUID.randomUUID();
        jdbc.sql(
                        "insert into agency (id, slug, name_th, kind, size) values (:id, :slug, 'อบต.ทดสอบบันทึก', 'SAO', 'S')")
                .param("id", id)
                .param("slug", "audit-" + id.toString().substring(0, 8))
                .update();
        return new AgencyId(id);
    }

    private void record(AgencyId agency, String action, String type, String id, Object before, Object after) {
        transactions.executeWithoutResult(t -> trail.record(agency, action, type, id, before, after));
    }

    @Test
    void aChangeSavedAsItWasLeavesNoRecord() {
        var agency = newAgency();
        record(agency, "update", "news_item", "n1", Map.of("title", "เดิม"), Map.of("title", "เดิม"));
        record(agency, "update", "news_item", "n1", Map.of("title", "เดิม"), Map.of("title", "ใหม่"));
        var page = trail.search(agency, new AuditQuery(null, null, null, null, null, 0, 50));
        assertThat(page.events()).singleElement().satisfies(e -> {
            assertThat(e.before()).contains("เดิม");
            assertThat(e.after()).contains("ใหม่");
        });
    }

    @Test
    void recordsAreFoundByActionTypeAndDateAndNeverAcrossAgencies() {
        var agency = newAgency();
        var other = newAgency();
        record(agency, "create", "news_item", "n1", null, Map.of("title", "ข่าว"));
        record(agency, "delete", "news_item", "n1", Map.of("title", "ข่าว"), null);
        record(agency, "create", "agency_unit", "u1", null, Map.of("name", "กองคลัง"));
        record(other, "create", "news_item", "n9", null, Map.of("title", "ของอีกแห่ง"));

        assertThat(trail.search(agency, new AuditQuery(null, "news_item", null, null, null, 0, 50))
                        .total())
                .isEqualTo(2);
        assertThat(trail.search(agency, new AuditQuery(null, null, "delete", null, null, 0, 50))
                        .events())
                .extracting(AuditEvent::entityId)
                .containsExactly("n1");
        assertThat(trail.search(agency, new AuditQuery(null, null, null, null, null, 0, 50))
                        .total())
                .isEqualTo(3);
        // Written by no signed-in person: the system.
        assertThat(trail.search(agency, new AuditQuery("system", null, null, null, null, 0, 50))
                        .total())
                .isEqualTo(3);
        // A day with nothing recorded finds nothing.
        var longAgo = LocalDate.of(2020, 1, 1);
        assertThat(trail.search(agency, new AuditQuery(null, null, null, longAgo, longAgo, 0, 50))
                        .total())
                .isZero();
        assertThat(trail.entityTypes(agency)).containsExactly("agency_unit", "news_item");
        assertThat(trail.entityTypes(other)).containsExactly("news_item");
    }

    @Test
    void eachAgencysChainIsSealedAndCheckedOnItsOwn() {
        var agency = newAgency();
        var other = newAgency();
        for (int i = 0; i < 3; i++) {
            record(agency, "update", "news_item", "n" + i, null, Map.of("n", i));
        }
        record(other, "update", "news_item", "x", null, Map.of("n", 9));
        assertThat(trail.unsealed()).contains(agency, other);

        var check = trail.verify(agency);
        assertThat(check.intact()).isTrue();
        assertThat(check.records()).isEqualTo(3);
        assertThat(check.head()).hasSize(64);
        // Sealing one agency leaves the other's records waiting for their own turn.
        assertThat(trail.unsealed()).contains(other).doesNotContain(agency);
        assertThat(trail.verify(other).records()).isEqualTo(1);
    }
}
