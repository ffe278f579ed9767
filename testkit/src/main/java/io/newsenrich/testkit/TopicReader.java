package io.newsenrich.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic as an exactly-once verifier must: {@code read_committed}, every partition from the start, no
 * consumer group. Aborted records of failed transactions are never returned.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Reads until at least {@code expected} records came and the topic then stays quiet for {@code quiet} (so
     * duplicates arriving late are seen), or until {@code timeout}.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readCommitted(Properties clientProperties, String topic,
                                                                     int expected, Duration quiet, Duration timeout) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastArrival = System.nanoTime();
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                long now = System.nanoTime();
                if (records.size() > before) {
                    lastArrival = now;
                } else if (records.size() >= expected && now - lastArrival > quiet.toNanos()) {
                    break;
                }
            }
        }
        return records;
    }
}
