package io.newsenrich.testkit;

import static io.newsenrich.testkit.TestClients.consumer;
import static io.newsenrich.testkit.TestClients.producer;
import static io.newsenrich.testkit.TestClients.readValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaScramIT {

    private static final ScramUser USER = new ScramUser("pipeline", "s3cret-pass");

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startWithScram(USER);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void clientWithTheRightPasswordProducesAndConsumes() {
        kafka.createTopics(1, "secured");
        try (KafkaProducer<String, String> producer = producer(kafka, Map.of())) {
            producer.send(new ProducerRecord<>("secured", "k", "authenticated"));
        }
        assertThat(readValues(consumer(kafka, "secured-reader", "read_committed"), "secured", 1))
                .containsExactly("authenticated");
    }

    @Test
    void clientWithAWrongPasswordGetsAnAuthenticationError() {
        try (Admin admin = Admin.create(kafka.clientProperties(new ScramUser(USER.name(), "wrong-pass")))) {
            assertThatThrownBy(() -> admin.describeCluster().clusterId().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void clientPropertiesCarryTheScramLogin() {
        assertThat(kafka.clientProperties())
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256");
    }
}
