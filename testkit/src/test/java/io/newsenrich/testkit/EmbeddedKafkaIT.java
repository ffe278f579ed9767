package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedKafkaIT extends SingleBrokerContract {

    @Override
    KafkaBroker startBroker() {
        return EmbeddedKafka.start();
    }

    @Test
    void bootstrapServersPointAtLoopback() {
        assertThat(kafka().bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }
}
