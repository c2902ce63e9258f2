package org.prongsai.database;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** Scheduled jobs run once across the instances, not once on each. */
@ProngsaiTest
class JobLocksTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyScheduledJobButTheSealerAndTheOutboxTakesItsLock() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.prongsai");
        // Two run on every instance on purpose: the sealer (audit_seal chains records in order in the database,
        // whoever calls it) and the e-mail outbox (each e-mail is claimed by one instance).
        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("AuditSealer")
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("OutboxSender")
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .check(classes);
    }

    @Test
    void aJobAnotherInstanceRunsIsSkippedHereAndAFreeOneIsTakenForAtLeastAMinute() throws Exception {
        var checker = context.getBean("linkChecker");
        var nightly = checker.getClass().getSuperclass().getDeclaredMethod("nightly");
        nightly.setAccessible(true);

        // Another instance holds the nightly link check: this one skips its turn and leaves the row alone.
        jdbc.sql(
                        """
                        insert into shedlock (name, lock_until, locked_at, locked_by)
                        values ('link-check', timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'other-node')
                        on conflict (name) do update set lock_until = excluded.lock_until,
                            locked_at = excluded.locked_at, locked_by = excluded.locked_by
                        """)
                .update();
        nightly.invoke(checker);
        assertThat(holder()).isEqualTo("other-node");

        // Free (the other run ended): this instance takes it, and keeps it a minute after its run, so an instance
        // whose clock is a little late does not run the job again.
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = 'link-check'")
                .update();
        nightly.invoke(checker);
        assertThat(holder()).isNotEqualTo("other-node");
        var heldFor = jdbc.sql(
                        "select extract(epoch from lock_until - locked_at) from shedlock where name = 'link-check'")
                .query(Double.class)
                .single();
        assertThat(Duration.ofMillis((long) (heldFor * 1000))).isGreaterThanOrEqualTo(Duration.ofSeconds(59));
        jdbc.sql("delete from shedlock where name = 'link-check'").update();
    }

    private String holder() {
        return jdbc.sql("select locked_by from shedlock where name = 'link-check'")
                .query(String.class)
                .single();
    }
}
