package io.newsenrich.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One KRaft process of an embedded cluster: its id, roles and the loopback ports it listens on. Ports are fixed for
 * the node's lifetime so that a restarted broker comes back at the same address and the static voter set stays valid.
 */
record NodeSpec(int id, Role role, int clientPort, int internalPort, int controllerPort) {

    static final String HOST = "127.0.0.1";

    /**
     * Every port this JVM handed out. The kernel may offer a port again as soon as the probing socket is closed, which
     * once gave a node's client and controller listeners the same port; a port is never handed out twice.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** The KRaft {@code process.roles} a node plays. */
    enum Role {
        BROKER("broker"), CONTROLLER("controller"), COMBINED("broker,controller");

        final String processRoles;

        Role(String processRoles) {
            this.processRoles = processRoles;
        }
    }

    /** Reserves free loopback ports for a node of the given role (unused listeners get port 0). */
    static NodeSpec allocate(int id, Role role) {
        boolean broker = role != Role.CONTROLLER;
        boolean controller = role != Role.BROKER;
        return new NodeSpec(id, role,
                broker ? freePort() : 0,
                broker ? freePort() : 0,
                controller ? freePort() : 0);
    }

    boolean isBroker() {
        return role != Role.CONTROLLER;
    }

    boolean isController() {
        return role != Role.BROKER;
    }

    String clientAddress() {
        return HOST + ":" + clientPort;
    }

    /** This node's entry in {@code controller.quorum.voters}. */
    String voter() {
        return id + "@" + HOST + ":" + controllerPort;
    }

    // The socket is closed before the broker binds, so another process could take the port in between; the window is
    // tiny and it lets the voter set be written before any node starts.
    private static int freePort() {
        while (true) {
            int port = probePort();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    private static int probePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
