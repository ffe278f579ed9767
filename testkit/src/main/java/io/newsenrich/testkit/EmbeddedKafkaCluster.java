package io.newsenrich.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multi-broker Kafka in this JVM: one dedicated KRaft controller plus {@code n} brokers with ids {@code 0..n-1}.
 * Topics are replicated {@code min(n, 3)} times with min ISR one less (2 for three or more brokers), so the cluster
 * keeps accepting {@code acks=all} writes with one broker down. Brokers can be stopped and restarted on the same
 * storage and port to test fail-over.
 */
public final class EmbeddedKafkaCluster extends AbstractEmbeddedKafka {

    private static final int MAX_REPLICATION = 3;
    // Above any broker id, so broker i keeps node id i.
    private static final int CONTROLLER_ID = 1000;
    // A restarted broker may only re-register once its previous session has expired, and controlled shutdown
    // advances one heartbeat at a time: the production 9 s / 2 s would make each restart take ~10 s. Shorter still
    // gets live brokers fenced when a busy CI machine delays heartbeats.
    private static final Map<String, String> FAILOVER_TIMING = Map.of(
            "broker.session.timeout.ms", "3000",
            "broker.heartbeat.interval.ms", "300");

    private EmbeddedKafkaCluster(int brokers, Map<String, String> brokerOverrides) {
        super(layout(brokers), settings(brokers, brokerOverrides));
    }

    /** Starts {@code brokers} brokers (at least one) with the test defaults. */
    public static EmbeddedKafkaCluster start(int brokers) {
        return start(brokers, Map.of());
    }

    /** Starts {@code brokers} brokers whose properties are the test defaults overridden by {@code brokerOverrides}. */
    public static EmbeddedKafkaCluster start(int brokers, Map<String, String> brokerOverrides) {
        if (brokers < 1) {
            throw new IllegalArgumentException("a cluster needs at least one broker, got " + brokers);
        }
        return retryingPortClashes(() -> new EmbeddedKafkaCluster(brokers, brokerOverrides));
    }

    /** How many brokers the cluster has, running or stopped. */
    public int brokerCount() {
        return brokers().size();
    }

    /**
     * Shuts broker {@code id} down (controlled, so its partitions move leader first) within 30 s; a no-op if it is
     * already stopped.
     */
    public void stopBroker(int id) {
        stop(broker(id));
    }

    /** Starts broker {@code id} again on its old storage and port; returns once it is unfenced (at most 60 s). */
    public void startBroker(int id) {
        start(broker(id));
    }

    /** Whether broker {@code id} is running. */
    public boolean isRunning(int id) {
        return broker(id).isRunning();
    }

    private KafkaNode broker(int id) {
        List<KafkaNode> brokers = brokers();
        if (id < 0 || id >= brokers.size()) {
            throw new IllegalArgumentException("no broker " + id + "; ids are 0.." + (brokers.size() - 1));
        }
        return brokers.get(id);
    }

    private static List<NodeSpec> layout(int brokers) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(NodeSpec.allocate(CONTROLLER_ID, NodeSpec.Role.CONTROLLER));
        for (int id = 0; id < brokers; id++) {
            nodes.add(NodeSpec.allocate(id, NodeSpec.Role.BROKER));
        }
        return nodes;
    }

    private static ClusterSettings settings(int brokers, Map<String, String> brokerOverrides) {
        int replication = Math.min(brokers, MAX_REPLICATION);
        Map<String, String> overrides = new HashMap<>(FAILOVER_TIMING);
        overrides.putAll(brokerOverrides);
        return new ClusterSettings(replication, Math.max(1, replication - 1), Optional.empty(), overrides);
    }
}
