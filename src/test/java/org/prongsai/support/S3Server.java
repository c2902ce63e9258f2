package org.prongsai.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * S3Proxy, an S3-compatible server from Maven Central, started as a process of its own (Maven copies it to
 * target/s3proxy; it is not on the tests' class path, whose libraries it would clash with) on a free port, with
 * its objects in a folder of its own.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "prongsai-test";
    public static final String SECRET_KEY = "prongsai-test-secret";

    private final Process process;
    private final int port;

    private S3Server(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static S3Server start() throws IOException, InterruptedException {
        var jar = Path.of(System.getProperty("prongsai.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Proxy is not at " + jar + ": run the tests through Maven once");
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var dir = Files.createTempDirectory(Artifacts.dir(), "s3proxy");
        var objects = Files.createDirectories(dir.resolve("objects"));
        var properties = dir.resolve("s3proxy.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS_KEY,
                        "s3proxy.credential=" + SECRET_KEY,
                        "jclouds.provider=filesystem",
                        "jclouds.filesystem.basedir=" + objects.toAbsolutePath(),
                        ""));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--properties",
                        properties.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3proxy.log").toFile())
                .start();
        var server = new S3Server(process, port);
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!server.listening()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException(
                        "S3Proxy did not start; its log: " + Files.readString(dir.resolve("s3proxy.log")));
            }
            Thread.sleep(100);
        }
        return server;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** A client of its own, as an operator's tools would be: to make buckets and to change what is in them. */
    public software.amazon.awssdk.services.s3.S3Client client() {
        return software.amazon.awssdk.services.s3.S3Client.builder()
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .endpointOverride(java.net.URI.create(endpoint()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private boolean listening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server and waits until it has: a request after this finds nobody listening. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
