package io.newsenrich.ingest;

import io.newsenrich.kafka.Topic;
import io.newsenrich.model.RawArticle;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes raw articles keyed by article id with an idempotent, acks=all producer. A record the broker refuses for
 * good (too large, not authorised) is reported per article; a failure of the producer itself ends the run.
 */
final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, RawArticle> producer;
    private final Topic<String, RawArticle> topic;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final ConcurrentLinkedQueue<IngestReport.Skip> refused = new ConcurrentLinkedQueue<>();

    Publisher(Properties producerProperties, Topic<String, RawArticle> topic) {
        this.producer = new KafkaProducer<>(producerProperties, topic.keySerde().serializer(),
                topic.valueSerde().serializer());
        this.topic = topic;
    }

    void send(RawArticle article) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), article.id(), article), (metadata, error) -> {
                if (error == null) {
                    acknowledged.incrementAndGet();
                } else {
                    refused.add(new IngestReport.Skip(article.source(), "refused by Kafka: " + error.getMessage()));
                }
            });
        } catch (KafkaException e) {
            refused.add(new IngestReport.Skip(article.source(), "refused by Kafka: " + e.getMessage()));
        }
    }

    /** Waits until every send is acknowledged or refused. */
    void flush() {
        producer.flush();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    List<IngestReport.Skip> refused() {
        return List.copyOf(refused);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(30));
    }
}
