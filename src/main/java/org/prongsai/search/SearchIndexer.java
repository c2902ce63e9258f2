package org.prongsai.search;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.prongsai.agency.Agency;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AfterCommit;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index following the public content: once a change commits, the agency's documents are indexed
 * again on one background thread, so the writer never waits and never holds a second connection. Changes that
 * arrive while a rebuild waits to start are folded into it.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final AgencyManagement agencies;
    private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexer(SearchIndex index, AgencyManagement agencies) {
        this.index = index;
        this.agencies = agencies;
    }

    @EventListener
    void on(PublicContentChanged event) {
        AfterCommit.run(() -> event.changedAgency().ifPresentOrElse(this::later, this::everyAgencyLater));
    }

    /** At start, agencies with nothing indexed (a new deployment, an upgrade that brings search) are indexed. */
    @EventListener(ApplicationReadyEvent.class)
    void fillEmpty() {
        worker.submit(() -> {
            for (Agency agency : agencies.all()) {
                var id = new AgencyId(agency.id());
                if (index.isEmpty(id)) {
                    later(id);
                }
            }
        });
    }

    void later(AgencyId agency) {
        if (waiting.add(agency.value())) {
            worker.submit(() -> {
                waiting.remove(agency.value());
                try {
                    index.rebuild(agency);
                } catch (RuntimeException e) {
                    // The next change indexes again; search meanwhile finds what it found before.
                    log.warn("Could not index agency {} for search", agency.value(), e);
                }
            });
        }
    }

    private void everyAgencyLater() {
        worker.submit(() -> agencies.all().forEach(a -> later(new AgencyId(a.id()))));
    }

    /** Waits until every rebuild asked for so far is done (tests, and the rebuild command). */
    boolean awaitIdle(long seconds) throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        worker.submit(done::countDown);
        return done.await(seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
