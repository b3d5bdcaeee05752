package com.yumroad.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Whether a TCP port on this machine is free, asked the way a server would find out: by listening on it. */
public final class LocalPorts {

    private static final int CONNECT_TIMEOUT_MILLIS = 300;

    private LocalPorts() {
    }

    /** Something answers on the loopback address, or a server could not listen there (nor on every address). */
    public static boolean isTaken(int port) {
        return answers("127.0.0.1", port) || answers("::1", port) || !canListen(InetAddress.getLoopbackAddress(), port);
    }

    /** For the HTTP server, which listens on every address. */
    public static boolean isTakenOnAnyAddress(int port) {
        return isTaken(port) || !canListen(null, port);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on this machine: " + e.getMessage(), e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canListen(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
