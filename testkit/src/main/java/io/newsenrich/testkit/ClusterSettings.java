package io.newsenrich.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What all nodes of one embedded cluster share, and how it turns into each node's server properties.
 *
 * @param replicationFactor replication of user and internal topics
 * @param minInsyncReplicas min ISR of user topics and the transaction log
 * @param scramUser when present, the client listener requires SASL_PLAINTEXT with this SCRAM user
 * @param overrides broker properties applied last, so callers can change any default
 */
record ClusterSettings(int replicationFactor, int minInsyncReplicas, Optional<ScramUser> scramUser,
                       Map<String, String> overrides) {

    private static final String CLIENT = "CLIENT";
    private static final String INTERNAL = "INTERNAL";
    private static final String CONTROLLER = "CONTROLLER";
    private static final int SMALL_SEGMENT_BYTES = 1024 * 1024;
    private static final int INTERNAL_TOPIC_PARTITIONS = 5;

    ClusterSettings {
        overrides = Map.copyOf(overrides);
    }

    /** The server properties of {@code node} in a cluster whose controllers are {@code voters}. */
    Properties serverProperties(NodeSpec node, List<NodeSpec> voters, Path logDir) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", node.role().processRoles);
        props.put("node.id", Integer.toString(node.id()));
        props.put("controller.quorum.voters", String.join(",", voters.stream().map(NodeSpec::voter).toList()));
        props.put("controller.listener.names", CONTROLLER);
        props.put("listener.security.protocol.map",
                CLIENT + ":" + clientProtocol() + "," + INTERNAL + ":PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.put("listeners", String.join(",", listeners(node)));
        props.put("log.dirs", logDir.toString());
        if (node.isBroker()) {
            props.put("advertised.listeners", String.join(",", brokerListeners(node)));
            props.put("inter.broker.listener.name", INTERNAL);
        }
        scramUser.ifPresent(user -> {
            props.put("listener.name.client.sasl.enabled.mechanisms", ScramUser.MECHANISM);
            props.put("listener.name.client.scram-sha-256.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        });
        if (node.isController()) {
            // Topic defaults are applied by the controller that creates the topic; brokers warn about them.
            props.put("default.replication.factor", Integer.toString(replicationFactor));
            props.put("num.partitions", "1");
        }
        putReplication(props);
        putSpeedups(props);
        props.putAll(overrides);
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }

    /** Extra {@code kafka-storage format} arguments (the SCRAM credential, if any). */
    List<String> formatArguments() {
        return scramUser.map(user -> List.of("--add-scram", user.formatArgument())).orElse(List.of());
    }

    private String clientProtocol() {
        return scramUser.isPresent() ? "SASL_PLAINTEXT" : "PLAINTEXT";
    }

    private static List<String> listeners(NodeSpec node) {
        List<String> listeners = new ArrayList<>();
        if (node.isBroker()) {
            listeners.addAll(brokerListeners(node));
        }
        if (node.isController()) {
            listeners.add(CONTROLLER + "://" + NodeSpec.HOST + ":" + node.controllerPort());
        }
        return listeners;
    }

    // Inter-broker traffic gets its own PLAINTEXT listener so that securing the client listener never touches it.
    private static List<String> brokerListeners(NodeSpec node) {
        return List.of(CLIENT + "://" + NodeSpec.HOST + ":" + node.clientPort(),
                INTERNAL + "://" + NodeSpec.HOST + ":" + node.internalPort());
    }

    private void putReplication(Map<String, String> props) {
        String rf = Integer.toString(replicationFactor);
        String minIsr = Integer.toString(minInsyncReplicas);
        props.put("min.insync.replicas", minIsr);
        props.put("offsets.topic.replication.factor", rf);
        props.put("transaction.state.log.replication.factor", rf);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("share.coordinator.state.topic.replication.factor", rf);
        props.put("share.coordinator.state.topic.min.isr", minIsr);
    }

    // Defaults sized for production cost seconds and hundreds of MB in a test JVM.
    private static void putSpeedups(Map<String, String> props) {
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("offsets.topic.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        props.put("transaction.state.log.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        props.put("log.segment.bytes", Integer.toString(SMALL_SEGMENT_BYTES));
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * SMALL_SEGMENT_BYTES));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
    }
}
