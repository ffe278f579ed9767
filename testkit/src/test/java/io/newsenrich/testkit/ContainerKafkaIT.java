package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs only where Docker was chosen ({@code -Ptestcontainers}); the default build stays Docker-free. */
@EnabledIfSystemProperty(named = TestBrokers.BROKER_PROPERTY, matches = TestBrokers.TESTCONTAINERS)
class ContainerKafkaIT extends SingleBrokerContract {

    private static final String MESSAGE_LIMIT = "65536";

    @Override
    KafkaBroker startBroker() {
        return ContainerKafka.start(Map.of("message.max.bytes", MESSAGE_LIMIT));
    }

    @Test
    void brokerOverridesReachTheBrokerInTheContainer() throws Exception {
        try (Admin admin = kafka().admin()) {
            String brokerId = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).iterator().next().idString();
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, brokerId);
            Config config = admin.describeConfigs(List.of(broker)).all().get(10, TimeUnit.SECONDS).get(broker);
            assertThat(config.get("message.max.bytes").value()).isEqualTo(MESSAGE_LIMIT);
            assertThat(config.get("transaction.state.log.min.isr").value()).isEqualTo("1");
        }
    }
}
