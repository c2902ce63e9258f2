package org.prongsai.improvement;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The last documents rendered, by everything they are made from, so that a preview and the request to sign
 * that follows it, or a report opened again, render once: rendering was most of the time those actions took
 * (bench/STAFF-ACTIONS-RESULTS.md). A key must hold all a document is made from and nothing that changes
 * without changing it (records of the plan or the report and the agency's name and emblem).
 */
@Component
class RenderedFiles {

    /** Enough for the plans and reports a few people are working on at once: each file is under a megabyte. */
    private static final int KEPT = 24;

    interface Render {
        byte[] render() throws IOException;
    }

    private final Map<Object, byte[]> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    byte[] get(Object key, Render render) throws IOException {
        synchronized (kept) {
            var file = kept.get(key);
            if (file != null) {
                return file;
            }
        }
        // Rendered outside the lock: two people asking for the same file at once render it twice, harmlessly.
        var file = render.render();
        synchronized (kept) {
            kept.put(key, file);
        }
        return file;
    }
}
