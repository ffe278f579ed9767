package io.newsenrich.testkit;

import static io.newsenrich.testkit.TestClients.consumer;
import static io.newsenrich.testkit.TestClients.producer;
import static io.newsenrich.testkit.TestClients.readValues;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaIT {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void bootstrapServersPointAtLoopback() {
        assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void consumerReadsWhatProducerWrote() {
        kafka.createTopics(2, "round-trip");
        try (KafkaProducer<String, String> producer = producer(kafka, Map.of())) {
            producer.send(new ProducerRecord<>("round-trip", "k1", "first"));
            producer.send(new ProducerRecord<>("round-trip", "k2", "second"));
        }
        assertThat(readValues(consumer(kafka, "round-trip-reader", "read_uncommitted"), "round-trip", 2))
                .containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void readCommittedConsumerSeesOnlyCommittedTransactions() {
        kafka.createTopics(1, "transactions");
        try (KafkaProducer<String, String> producer =
                     producer(kafka, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "testkit-tx"))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactions", "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactions", "k", "committed"));
            producer.commitTransaction();
        }
        assertThat(readValues(consumer(kafka, "tx-reader", "read_committed"), "transactions", 1))
                .containsExactly("committed");
    }
}
