package org.prongsai.shared;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One background thread of its own for work done after a commit (indexing, sending e-mail): the writer never
 * waits for it, and it takes its turns one at a time.
 */
public final class Worker {

    private final ExecutorService thread;

    public Worker(String name) {
        thread = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void submit(Runnable work) {
        thread.submit(work);
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
