package io.newsenrich.systest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Listens on a fixed loopback port and forwards every connection to a broker: a broker "appearing" at an address
 * that services were already told to use. The embedded brokers pick their own ports, so this stands in for a broker
 * started on a given port.
 */
final class PortForwarder implements AutoCloseable {

    private final ServerSocket server;

    private PortForwarder(ServerSocket server, String targetHost, int targetPort) {
        this.server = server;
        Thread acceptor = new Thread(() -> accept(targetHost, targetPort), "forwarder-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Forwards {@code 127.0.0.1:port} to {@code target} ({@code host:port}). */
    static PortForwarder start(int port, String target) throws IOException {
        int colon = target.lastIndexOf(':');
        ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        return new PortForwarder(server, target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
    }

    /** A loopback port nothing listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(String targetHost, int targetPort) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket broker = new Socket(targetHost, targetPort);
                pipe(client, broker);
                pipe(broker, client);
            } catch (IOException e) {
                // closed, or one connection failed: the client retries
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "forward");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
