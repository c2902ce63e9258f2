package org.prongsai.account;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;

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

    /**
     * Every request of a session sets its last-access time, and Spring Session writes it: one committed write
     * (and a WAL flush) for every page an officer opens. This update changes the row only when something besides
     * that time changed, or the time is a minute old; otherwise it matches no row and commits nothing. An
     * eight-hour session may so end up to a minute early. The parameters keep Spring Session's order.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessAtMostOnceAMinute() {
        return sessions -> sessions.setUpdateSessionQuery(UPDATE_SESSION);
    }

    /**
     * Each session statement commits on its own. Spring Session otherwise opens a transaction to read a session
     * (a round trip more to commit a read) and another to save it. A save's statements stand alone: the
     * session's row and an attribute changed apart at worst lose a last-access time or a flash message to a
     * crash between them.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /** The store Spring Session's filter and ours use: see {@link SessionsReadOncePerRequest}. */
    @Bean
    static BeanPostProcessor sessionsReadOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new SessionsReadOncePerRequest((FindByIndexNameSessionRepository) sessions)
                        : bean;
            }
        };
    }

    /** Just outside Spring Session's filter, on every dispatch it runs on. */
    @Bean
    FilterRegistrationBean<SessionsReadOncePerRequest.Scope> sessionsReadOncePerRequestScope() {
        var registration = new FilterRegistrationBean<>(new SessionsReadOncePerRequest.Scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    static final String UPDATE_SESSION =
            """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR S.LAST_ACCESS_TIME < V.LAST_ACCESS_TIME - 60000)
            """;
}
