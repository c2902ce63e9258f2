package org.prongsai.account;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, reading a session from the database at most once per request. Spring Session reads it a
 * second time on every redirect: the response's commit saves it and forgets what it read, and the filter's own
 * commit at the end reads it again only to compare ids (spring-session#1731). A redirect follows every form an
 * officer sends, so that was one query and one transaction more on each staff write. What was read or saved is
 * kept only between {@link Scope}'s start and end of one request: the next request reads the database again,
 * so a session ended on another instance ends here too.
 */
final class SessionsReadOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    SessionsReadOncePerRequest(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(S session) {
        sessions.save(session);
        var read = READ.get();
        if (read != null) {
            read.put(session.getId(), session);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        var read = READ.get();
        if (read == null) {
            return sessions.findById(id);
        }
        var kept = (S) read.get(id);
        // A session whose id changed since (a sign-in) is no longer found under the old one.
        if (kept != null && kept.getId().equals(id)) {
            return kept;
        }
        var found = sessions.findById(id);
        if (found != null) {
            read.put(id, found);
        }
        return found;
    }

    @Override
    public void deleteById(String id) {
        var read = READ.get();
        if (read != null) {
            read.remove(id);
        }
        sessions.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** Runs around Spring Session's filter: what a request read is kept while it runs, and forgotten after. */
    static final class Scope implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (READ.get() != null) {
                // A forward or an error page inside the same request: it shares the request's reads.
                chain.doFilter(request, response);
                return;
            }
            READ.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                READ.remove();
            }
        }
    }
}
