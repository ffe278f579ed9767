package io.newsenrich.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** String producers and consumers for the ITs, and a bounded read of a topic. */
final class TestClients {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private TestClients() {
    }

    /** A producer built from {@code kafka}'s client properties plus {@code extra}. */
    static KafkaProducer<String, String> producer(AbstractEmbeddedKafka kafka, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.putAll(extra);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** A consumer in {@code group} that starts from the earliest offset with the given isolation level. */
    static KafkaConsumer<String, String> consumer(AbstractEmbeddedKafka kafka, String group, String isolation) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Subscribes {@code consumer} to {@code topic}, polls until {@code expected} values arrived (or the deadline
     * passed), then polls once more so that extra records would show up in the result, and closes the consumer.
     */
    static List<String> readValues(KafkaConsumer<String, String> consumer, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (consumer) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
        return values;
    }
}
