package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterSettingsTest {

    private static final NodeSpec COMBINED = new NodeSpec(0, NodeSpec.Role.COMBINED, 9100, 9101, 9102);
    private static final NodeSpec CONTROLLER = new NodeSpec(1000, NodeSpec.Role.CONTROLLER, 0, 0, 9200);
    private static final NodeSpec BROKER = new NodeSpec(1, NodeSpec.Role.BROKER, 9300, 9301, 0);
    private static final ClusterSettings PLAIN = new ClusterSettings(3, 2, Optional.empty(), Map.of());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COMBINED   | broker,controller | CLIENT://127.0.0.1:9100,INTERNAL://127.0.0.1:9101,CONTROLLER://127.0.0.1:9102
            CONTROLLER | controller        | CONTROLLER://127.0.0.1:9200
            BROKER     | broker            | CLIENT://127.0.0.1:9300,INTERNAL://127.0.0.1:9301
            """)
    void eachRoleListensOnlyOnLoopbackForWhatItServes(String node, String roles, String listeners) {
        Properties props = serverProperties(PLAIN, node);
        assertThat(props.getProperty("process.roles")).isEqualTo(roles);
        assertThat(props.getProperty("listeners")).isEqualTo(listeners);
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1000@127.0.0.1:9200");
    }

    @ParameterizedTest
    @CsvSource({
        "offsets.topic.replication.factor, 3",
        "transaction.state.log.replication.factor, 3",
        "transaction.state.log.min.isr, 2",
        "min.insync.replicas, 2",
        "group.initial.rebalance.delay.ms, 0"
    })
    void brokersGetTheClusterReplicationAndTestTimings(String key, String value) {
        assertThat(serverProperties(PLAIN, "BROKER").getProperty(key)).isEqualTo(value);
    }

    @Test
    void topicDefaultsGoOnlyToControllers() {
        assertThat(serverProperties(PLAIN, "CONTROLLER")).containsEntry("default.replication.factor", "3");
        assertThat(serverProperties(PLAIN, "BROKER")).doesNotContainKey("default.replication.factor");
    }

    @Test
    void scramSecuresOnlyTheClientListenerAndIsFormattedIn() {
        ClusterSettings scram = new ClusterSettings(1, 1, Optional.of(new ScramUser("app", "pw")), Map.of());
        Properties props = serverProperties(scram, "COMBINED");
        assertThat(props.getProperty("listener.security.protocol.map"))
                .isEqualTo("CLIENT:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
        assertThat(props.getProperty("listener.name.client.sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-256");
        assertThat(scram.formatArguments()).containsExactly("--add-scram", "SCRAM-SHA-256=[name=app,password=pw]");
    }

    @Test
    void overridesWinOverDefaults() {
        ClusterSettings custom = new ClusterSettings(1, 1, Optional.empty(), Map.of("log.segment.bytes", "2097152"));
        assertThat(serverProperties(custom, "COMBINED").getProperty("log.segment.bytes")).isEqualTo("2097152");
    }

    private static Properties serverProperties(ClusterSettings settings, String node) {
        NodeSpec spec = switch (node) {
            case "COMBINED" -> COMBINED;
            case "CONTROLLER" -> CONTROLLER;
            default -> BROKER;
        };
        List<NodeSpec> voters = List.of(CONTROLLER);
        return settings.serverProperties(spec, voters, Path.of("/tmp/unused"));
    }
}
