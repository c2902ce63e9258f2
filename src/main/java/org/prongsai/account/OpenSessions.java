package org.prongsai.account;

import java.util.UUID;
import org.prongsai.shared.AfterCommit;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A person's open sessions, found by their account id (usernames repeat across agencies), so that disabling an
 * account, changing its roles or its password, or resetting its second factor ends them at once rather than
 * when they expire.
 */
@Component
class OpenSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OpenSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** The name a session is indexed by: the account's id. */
    static String indexName(UUID userId) {
        return userId.toString();
    }

    /** Ends every session of the account once the change commits. */
    void endAll(UUID userId) {
        AfterCommit.run(() -> end(userId, null));
    }

    /** Ends every session of the account but the one making the request (a person changing their own password). */
    void endOthers(UUID userId) {
        var attributes = RequestContextHolder.getRequestAttributes();
        var current = attributes == null ? null : attributes.getSessionId();
        AfterCommit.run(() -> end(userId, current));
    }

    private void end(UUID userId, String except) {
        sessions.findByPrincipalName(indexName(userId)).keySet().stream()
                .filter(id -> !id.equals(except))
                .forEach(sessions::deleteById);
    }
}
