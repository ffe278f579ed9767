package io.newsenrich.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A single-node Kafka (one KRaft process acting as broker and controller) for integration tests and local runs.
 * Internal topics have replication factor 1 and min ISR 1, so transactions and {@code exactly_once_v2} work.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
 *     kafka.createTopics(3, "articles");
 *     Map<String, Object> props = kafka.clientProperties();
 * }
 * }</pre>
 */
public final class EmbeddedKafka extends AbstractEmbeddedKafka {

    private static final int NODE_ID = 0;

    private EmbeddedKafka(Optional<ScramUser> scramUser, Map<String, String> brokerOverrides) {
        super(List.of(NodeSpec.allocate(NODE_ID, NodeSpec.Role.COMBINED)),
                new ClusterSettings(1, 1, scramUser, brokerOverrides));
    }

    /** Starts a broker with the test defaults. */
    public static EmbeddedKafka start() {
        return start(Map.of());
    }

    /** Starts a broker whose server properties are the test defaults overridden by {@code brokerOverrides}. */
    public static EmbeddedKafka start(Map<String, String> brokerOverrides) {
        return retryingPortClashes(() -> new EmbeddedKafka(Optional.empty(), brokerOverrides));
    }

    /**
     * Starts a broker whose client listener requires SASL_PLAINTEXT with SCRAM-SHA-256 and knows only {@code user};
     * {@link #clientProperties()} then authenticates as that user.
     */
    public static EmbeddedKafka startWithScram(ScramUser user) {
        return retryingPortClashes(() -> new EmbeddedKafka(Optional.of(user), Map.of()));
    }
}
