package org.prongsai.database;

import java.nio.file.Path;

/**
 * A separate Java process that starts the embedded database on a data folder and waits, so that a test can
 * kill it as an operator's {@code kill -9} or a crash would, with its server left behind.
 */
final class ServerRun {

    private ServerRun() {}

    public static void main(String[] args) throws Exception {
        var database = new DatabaseConfiguration()
                .embeddedDatabase(
                        new DatabaseSettings(null, null, null, 0, null),
                        Path.of(args[0]),
                        java.time.Duration.ofHours(1));
        System.out.println("ready " + database.password().length());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts a run on the folder and returns once its database answers. */
    static Process start(Path dataDir) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServerRun.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("ready")) {
                // Keep reading in the background so that the child never blocks on a full pipe.
                var drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("the server run ended before its database was ready");
    }
}
