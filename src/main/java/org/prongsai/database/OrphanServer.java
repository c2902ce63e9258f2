package org.prongsai.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server a previous run left behind when its Java process was killed: found by the data folder's
 * {@code postmaster.pid} and stopped (fast shutdown, so it writes a clean checkpoint), so that this run can
 * start its own instead of failing after ten seconds with "Connection refused". Only a process that is a
 * PostgreSQL server on this very folder is touched.
 */
final class OrphanServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OrphanServer() {}

    /**
     * Refuses to start on a data folder another live Prongsai, or a restore, owns ({@code <data>/postgres.owner}
     * names it): stopping its server as an orphan would break that one's requests or restore.
     */
    static void refuseIfOwned(Path dataDir) throws IOException {
        var file = dataDir.resolve("postgres.owner");
        if (!Files.isRegularFile(file)) {
            return;
        }
        var text = Files.readString(file).strip();
        if (!text.matches("\\d{1,10}")) {
            return;
        }
        long pid = Long.parseLong(text);
        if (pid == ProcessHandle.current().pid() || zombie(pid)) {
            return;
        }
        var owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (owner.isEmpty()) {
            return;
        }
        var line = owner.get()
                .info()
                .commandLine()
                .orElse(owner.get().info().command().orElse(""));
        if (line.contains("java") || line.contains("restore.sh")) {
            throw new IOException("Another Prongsai or a restore (pid " + pid + ") is running on the data folder "
                    + dataDir.toAbsolutePath() + ": stop it first, or give this one a data folder of its own");
        }
    }

    static void stopIfRunning(Path pgData) throws IOException {
        var pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        if (zombie(pid)) {
            // Killed, but not yet reaped (a container whose first process does not reap): PostgreSQL would take
            // it for a running server and refuse to start. Dead is dead: the lock file is stale.
            log.warn("Removing the stale postmaster.pid of the killed embedded PostgreSQL (pid {})", pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !ours(process.get(), pgData, lines.get(1).strip())) {
            return;
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) a previous run left on {}", pid, pgData);
        // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, and the data is written cleanly.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphan server " + pid, e);
        }
        var deadline = Instant.now().plus(PATIENCE);
        while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (process.get().isAlive()) {
            throw new IOException("The embedded PostgreSQL left on " + pgData + " (pid " + pid
                    + ") did not stop within " + PATIENCE.toSeconds() + " s; stop it and start again");
        }
    }

    /**
     * Whether a server runs on this folder: its {@code postmaster.pid} names a live process that is not waiting
     * to be reaped. A server stopped cleanly leaves no pid file; one killed leaves a stale one.
     */
    static boolean running(Path pgData) {
        try {
            var lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
                return false;
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return !zombie(pid)
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /** A process that has ended and waits to be reaped (state Z in {@code /proc}); false where there is no /proc. */
    private static boolean zombie(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** A PostgreSQL server whose data folder, as its pid file and command line say, is this one. */
    private static boolean ours(ProcessHandle process, Path pgData, String dataDirInPidFile) {
        var command = process.info().command().orElse("");
        var line = process.info().commandLine().orElse(command);
        // Both: a pid file can be copied or edited, but a server's command line names the folder it serves.
        return command.contains("postgres")
                && Path.of(dataDirInPidFile).toAbsolutePath().equals(pgData.toAbsolutePath())
                && line.contains("-D " + pgData.toAbsolutePath());
    }
}
