package io.newsenrich.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads record values from a topic until enough arrive or a deadline passes. */
final class KafkaRecords {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private KafkaRecords() {
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
