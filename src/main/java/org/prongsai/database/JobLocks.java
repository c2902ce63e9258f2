package org.prongsai.database;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must happen once, not once per instance (reminder e-mails, the nightly link and file
 * checks, retention), take their row in {@code shedlock} first; an instance that finds it taken skips that
 * turn. Each lock is held at least a minute, so an instance whose clock runs a little late does not run the job
 * again after a quick first run; and at most the job's own limit, so a runner that died frees it. Taking and
 * freeing the row are two short statements: no connection is held while the job runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H", defaultLockAtLeastFor = "PT1M")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
