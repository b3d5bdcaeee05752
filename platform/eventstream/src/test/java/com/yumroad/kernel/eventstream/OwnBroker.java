package com.yumroad.kernel.eventstream;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A nats-server of this test's own (JetStream on, its store in a temporary directory), which the test may stop and
 * start again on the same port and store: a broker that goes away and comes back. The binary is NATS_SERVER's, else
 * nats-server on the PATH or in /usr/sbin (Debian's package; `.ci/run` installs it).
 */
final class OwnBroker implements AutoCloseable {

    private final int port;
    private final Path store;
    private Process process;

    OwnBroker() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        store = Files.createTempDirectory("nats-store");
    }

    String url() {
        return "nats://127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary(), "-a", "127.0.0.1", "-p", Integer.toString(port), "-js",
                "-sd", store.toString()).redirectErrorStream(true).redirectOutput(store.resolve("server.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("nats-server did not start on " + port + ": "
                        + Files.readString(store.resolve("server.log")));
            }
            Thread.sleep(50);
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String binary() {
        String configured = System.getenv("NATS_SERVER");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/sbin").split(File.pathSeparator)) {
            File candidate = new File(dir, "nats-server");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        throw new IllegalStateException("No nats-server: install Debian's nats-server package (.ci/run does), "
                + "or set NATS_SERVER. Looked in " + List.of(System.getenv("PATH"), "/usr/sbin"));
    }
}
