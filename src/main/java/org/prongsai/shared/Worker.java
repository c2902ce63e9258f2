package org.prongsai.shared;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread of its own for work done after a commit (indexing, sending e-mail): the writer never
 * waits for it, and it takes its turns one at a time.
 */
public final class Worker {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final ExecutorService thread;
    private final String name;

    public Worker(String name) {
        this.name = name;
        thread = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the work on the thread; a failure is logged (an executor would keep it in a future nobody reads). */
    public void submit(Runnable work) {
        thread.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("{}: a turn failed; the next one tries again", name, e);
            }
        });
    }

    /** Waits until every turn asked for so far is done (tests, and commands that report when done). */
    public boolean awaitIdle(long seconds) throws InterruptedException {
        var done = new CountDownLatch(1);
        thread.submit(done::countDown);
        return done.await(seconds, TimeUnit.SECONDS);
    }

    public void stop() {
        thread.shutdownNow();
    }
}
