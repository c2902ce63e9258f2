package org.prongsai.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A staff session is written when it changes, and its last access at most once a minute. */
@ProngsaiTest
class SessionWritesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesReadWithinAMinuteWriteNothingAndTheSessionStillExpiresOnTime() {
        var clerk = new Browser(port);
        clerk.signIn("clerk", "prongsai-demo", null);
        var id = clerk.sessionId();
        assertThat(id).isNotNull();
        var signedIn = lastAccess(id);
        assertThat(principal(id)).isNotBlank();

        assertThat(clerk.get("/admin").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/admin/news").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).isEqualTo(signedIn);

        // A minute later, the next page is written down: the session's expiry moves with it.
        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000,"
                        + " expiry_time = expiry_time - 61000 where session_id = :id")
                .param("id", id)
                .update();
        var minuteAgo = lastAccess(id);
        assertThat(clerk.get("/admin").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).isGreaterThan(minuteAgo + 60000);
        assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(8 * 3600 * 1000L);

        // Signing out still ends it at once.
        clerk.post("/logout", java.util.Map.of());
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void springSessionUsesTheStoreThatReadsOncePerRequest(
            @Autowired org.springframework.session.web.http.SessionRepositoryFilter<?> filter) {
        assertThat(org.springframework.test.util.ReflectionTestUtils.getField(filter, "sessionRepository"))
                .isInstanceOf(SessionsReadOncePerRequest.class);
    }

    @Test
    void theDispatcherKeepsFewFlashMessages(@Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBean(org.springframework.web.servlet.DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
                        .getClass()
                        .getSimpleName())
                .isEqualTo("FewFlashMaps");
    }

    private long lastAccess(String id) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private String principal(String id) {
        return jdbc.sql("select principal_name from spring_session where session_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
