package io.newsenrich.systest;

import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes raw articles in the background at a steady rate, with ingest's producer settings (idempotent,
 * {@code acks=all}), so that faults injected while it runs hit the pipeline mid-stream.
 */
final class PacedProducer implements AutoCloseable {

    private final Thread thread;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    private PacedProducer(Map<String, Object> clientProps, List<RawArticle> articles, int perSecond) {
        Properties props = StreamsDefaults.producer();
        props.putAll(clientProps);
        thread = new Thread(() -> publish(props, articles, perSecond), "paced-producer");
        thread.setDaemon(true);
    }

    static PacedProducer start(Map<String, Object> clientProps, List<RawArticle> articles, int perSecond) {
        PacedProducer producer = new PacedProducer(clientProps, articles, perSecond);
        producer.thread.start();
        return producer;
    }

    /** Articles the brokers acknowledged so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until every article is acknowledged; rethrows a send failure. */
    void awaitDone(Duration timeout) throws Exception {
        thread.join(timeout.toMillis());
        if (failure.get() != null) {
            throw failure.get();
        }
        if (thread.isAlive()) {
            throw new AssertionError("producer still sending after " + timeout);
        }
    }

    private void publish(Properties props, List<RawArticle> articles, int perSecond) {
        long started = System.nanoTime();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props,
                Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer())) {
            for (int i = 0; i < articles.size(); i++) {
                RawArticle article = articles.get(i);
                producer.send(new ProducerRecord<>(Topics.RAW.name(), article.id(), article), (meta, error) -> {
                    if (error == null) {
                        acknowledged.incrementAndGet();
                    } else {
                        failure.compareAndSet(null, error);
                    }
                });
                long due = started + (long) i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            producer.flush();
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofSeconds(35).toMillis());
    }
}
