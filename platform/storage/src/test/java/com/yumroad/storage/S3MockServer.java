package com.yumroad.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Adobe's S3Mock, a real S3-compatible server, in a JVM of its own: it is a Spring Boot application whose Jetty and
 * Spring versions clash with Micronaut's, so it runs from its own classpath, written by platform/s3mock-server.
 */
final class S3MockServer implements AutoCloseable {

    private static final Path CLASSPATH = Path.of("../s3mock-server/target/s3mock.classpath");

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3MockServer start(String bucket, Path root) {
        try {
            int port = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path log = Files.createTempFile("s3mock", ".log");
            Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                    Files.readString(CLASSPATH).strip(), "com.adobe.testing.s3mock.S3MockApplication",
                    "--com.adobe.testing.s3mock.http-port=" + port, "--server.port=" + freePort(),
                    "--com.adobe.testing.s3mock.domain.initialBuckets=" + bucket,
                    "--com.adobe.testing.s3mock.domain.root=" + root, "--spring.main.banner-mode=off"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            S3MockServer server = new S3MockServer(process, port);
            server.awaitListening(Duration.ofSeconds(180), log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start S3Mock (is platform/s3mock-server built?)", e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening(Duration timeout, Path log) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock stopped: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("S3Mock did not listen within " + timeout + ": " + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
