package org.prongsai.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.prongsai.agency.Agency;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AfterCommit;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.PublicContentChanged;
import org.prongsai.shared.SearchDocument;
import org.prongsai.shared.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index following the public content: once a change commits, what it changed is indexed again on one
 * background thread, so the writer never waits and never holds a second connection. The documents an event
 * names (a news item, an answer) are indexed alone; any other change indexes the agency's all. Changes that
 * arrive while the agency's turn waits to start are folded into it, and a turn starts {@link #GATHER} after the
 * change that asked for it: under a burst of writes one transaction indexes dozens of documents, not one each.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final Duration GATHER = Duration.ofMillis(50);

    private final SearchIndex index;
    private final AgencyManagement agencies;
    private final Map<UUID, Waiting> waiting = new ConcurrentHashMap<>();
    private final Worker worker = new Worker("search-indexer");

    SearchIndexer(SearchIndex index, AgencyManagement agencies) {
        this.index = index;
        this.agencies = agencies;
    }

    /** What waits to be indexed for an agency: its every document, or those named by the sources. */
    private static final class Waiting {
        final long since = System.nanoTime();
        boolean all;
        final Map<SearchDocument.Source, Set<SearchDocument.Ref>> named = new LinkedHashMap<>();
    }

    @EventListener
    void on(PublicContentChanged event) {
        var named = new LinkedHashMap<SearchDocument.Source, Set<SearchDocument.Ref>>();
        for (var source : index.sources()) {
            var refs = source.changedBy(event);
            if (!refs.isEmpty()) {
                named.put(source, refs);
            }
        }
        AfterCommit.run(() -> event.changedAgency().ifPresentOrElse(a -> later(a, named), this::everyAgencyLater));
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
        later(agency, Map.of());
    }

    /** Indexes the documents named, or the agency's all when none is. */
    private void later(AgencyId agency, Map<SearchDocument.Source, Set<SearchDocument.Ref>> named) {
        var first = new boolean[1];
        waiting.compute(agency.value(), (key, w) -> {
            var into = w == null ? new Waiting() : w;
            first[0] = w == null;
            if (named.isEmpty()) {
                into.all = true;
                into.named.clear();
            } else if (!into.all) {
                named.forEach((source, refs) -> into.named
                        .computeIfAbsent(source, s -> new LinkedHashSet<>())
                        .addAll(refs));
            }
            return into;
        });
        if (first[0]) {
            worker.submit(() -> {
                var gathering = waiting.get(agency.value()).since + GATHER.toNanos() - System.nanoTime();
                if (gathering > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(gathering);
                    } catch (InterruptedException e) {
                        // Stopping: what waits is indexed at the next start's check or the next change.
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                // Taken out before indexing: a change that commits meanwhile waits for a turn of its own.
                var w = waiting.remove(agency.value());
                try {
                    if (w.all) {
                        index.rebuild(agency);
                    } else {
                        index.update(agency, w.named);
                    }
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
        return worker.awaitIdle(seconds);
    }

    @PreDestroy
    void stop() {
        worker.stop();
    }
}
