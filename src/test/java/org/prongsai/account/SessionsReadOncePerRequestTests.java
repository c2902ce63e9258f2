package org.prongsai.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class SessionsReadOncePerRequestTests {

    /** Spring Session's in-memory store, counting the reads that reach it. */
    static final class CountedStore implements FindByIndexNameSessionRepository<MapSession> {
        final MapSessionRepository store = new MapSessionRepository(new HashMap<>());
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public MapSession createSession() {
            return store.createSession();
        }

        @Override
        public void save(MapSession session) {
            store.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return store.findById(id);
        }

        @Override
        public void deleteById(String id) {
            store.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
            return Map.of();
        }
    }

    final CountedStore store = new CountedStore();
    final SessionsReadOncePerRequest<MapSession> sessions = new SessionsReadOncePerRequest<>(store);

    private MapSession saved() {
        var session = store.createSession();
        session.setAttribute("who", "clerk");
        store.save(session);
        return session;
    }

    private void inOneRequest(Runnable work) throws IOException, ServletException {
        new SessionsReadOncePerRequest.Scope()
                .doFilter(
                        new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> work.run());
    }

    @Test
    void aRedirectingRequestReadsItsSessionOnce() throws Exception {
        var id = saved().getId();
        inOneRequest(() -> {
            // As Spring Session does on a redirect: read, save on the response's commit, read again at the end.
            var session = sessions.findById(id);
            session.setAttribute("flash", "news.published");
            sessions.save(session);
            assertThat(sessions.findById(id).<String>getAttribute("flash")).isEqualTo("news.published");
        });
        assertThat(store.reads).hasValue(1);
        assertThat(store.findById(id).<String>getAttribute("flash")).isEqualTo("news.published");
    }

    @Test
    void theNextRequestReadsTheStoreAgainAndSeesAChangeMadeElsewhere() throws Exception {
        var id = saved().getId();
        inOneRequest(() -> sessions.findById(id));
        // Another instance signs the person out between two requests.
        store.deleteById(id);
        inOneRequest(() -> assertThat(sessions.findById(id)).isNull());
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void outsideARequestEveryReadReachesTheStore() {
        var id = saved().getId();
        sessions.findById(id);
        sessions.findById(id);
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void aSessionWhoseIdChangedIsNotFoundUnderItsOldId() throws Exception {
        var old = saved().getId();
        inOneRequest(() -> {
            var session = sessions.findById(old);
            var renewed = session.changeSessionId();
            sessions.save(session);
            assertThat(sessions.findById(old)).isNull();
            assertThat(sessions.findById(renewed)).isSameAs(session);
        });
    }

    @Test
    void aSessionEndedDuringTheRequestIsGoneForTheRestOfIt() throws Exception {
        var id = saved().getId();
        inOneRequest(() -> {
            sessions.findById(id);
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();
        });
    }

    @Test
    void aForwardInsideTheRequestSharesItsReads() throws Exception {
        var id = saved().getId();
        inOneRequest(() -> {
            sessions.findById(id);
            try {
                inOneRequest(() -> sessions.findById(id));
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            sessions.findById(id);
        });
        assertThat(store.reads).hasValue(1);
    }
}
