package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prongsai.ProngsaiApplication;
import org.prongsai.support.Browser;

/**
 * Prongsai as an operator runs it (its own Java, the embedded database durable by default) killed with
 * {@code kill -9} in the middle of a burst of reports: every report whose receipt was shown is there after a
 * restart.
 */
class ComplaintDurabilityTests {

    private static final Pattern RECEIPT = Pattern.compile("class=\"receipt-code\">([0-9 ]+)<");

    @TempDir
    Path dataDir;

    @Test
    void everyReportWhoseReceiptWasShownSurvivesAKillNine() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var app = start(port);
        int acknowledged = 0;
        try {
            var citizen = new Browser(port);
            citizen.get("/complaints/new?channel=CORRUPTION");
            long databasePid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .strip());
            for (int i = 0; i < 400; i++) {
                if (i == 40) {
                    // The whole machine's work stops at once, as after a power cut: Java and its database.
                    app.destroyForcibly();
                    new ProcessBuilder("kill", "-KILL", Long.toString(databasePid))
                            .start()
                            .waitFor();
                }
                try {
                    var fields = new LinkedHashMap<String, String>();
                    fields.put("channel", "CORRUPTION");
                    fields.put("anonymous", "true");
                    fields.put("text", "รายงานลำดับที่ " + i + " ระหว่างการทดสอบการหยุดทำงาน");
                    fields.put("website", "");
                    var sent = citizen.post("/complaints", fields);
                    if (sent.statusCode() == 200 && RECEIPT.matcher(sent.body()).find()) {
                        acknowledged++;
                    }
                } catch (RuntimeException e) {
                    break;
                }
            }
        } finally {
            app.destroyForcibly().waitFor();
        }
        assertThat(acknowledged).isGreaterThanOrEqualTo(40);

        // Started again on the same folder (the killed run's leftovers are cleared), then counted.
        var again = start(port);
        try {
            var dbPort = Files.readString(dataDir.resolve("postgres.port")).strip();
            var password =
                    Files.readString(dataDir.resolve("postgres.password")).strip();
            try (var c = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", password);
                    var rs = c.createStatement().executeQuery("select count(*) from complaint_case")) {
                rs.next();
                assertThat(rs.getInt(1))
                        .as("stored of %d acknowledged", acknowledged)
                        .isGreaterThanOrEqualTo(acknowledged);
            }
        } finally {
            again.destroy();
            again.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            again.destroyForcibly().waitFor();
        }
    }

    /** The application in a Java of its own on the test's folder, returned once it answers. */
    private Process start(int port) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ProngsaiApplication.class.getName(),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--prongsai.data-dir=" + dataDir,
                        "--prongsai.demo=true",
                        "--prongsai.demo.fixed-secrets=true",
                        "--prongsai.demo.cycle=false",
                        "--prongsai.flood.enabled=false")
                .redirectErrorStream(true)
                .start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        var drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended before it answered");
            }
            try {
                if (new Browser(port).get("/complaints").statusCode() == 200) {
                    return process;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not answer within three minutes");
    }
}
