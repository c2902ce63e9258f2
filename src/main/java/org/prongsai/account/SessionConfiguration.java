package org.prongsai.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** Staff sessions in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Two requests of one session that add the same attribute at once (two tabs sending a form with a flash
     * message) would both insert it and one would fail; PostgreSQL's upsert lets the later one win.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessions() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
