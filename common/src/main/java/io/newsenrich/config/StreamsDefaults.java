package io.newsenrich.config;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The reliability defaults of every service, set in this one place. Values given by the operator win; these only
 * fill what is unset.
 */
public final class StreamsDefaults {

    /**
     * Producer batch size in bytes. Articles are a few KB each, so Kafka's 16 KiB default closed a batch every three
     * records and paid a fresh lz4 frame (a 64 KiB buffer) and request for each; 128 KiB batches lifted the pipeline
     * from 0.72 to 0.88 of pass-through and cut half-load p99 from 251 to 203 ms in the end-to-end benchmark.
     */
    private static final int BATCH_BYTES = 128 * 1024;

    private StreamsDefaults() {
    }

    /** Producer defaults for ingest: nothing acknowledged is lost, nothing retried is written twice. */
    public static Properties producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(BATCH_BYTES));
        return props;
    }

    /**
     * Streams defaults: exactly-once processing, explicit names for every internal topic and store, and poison
     * records sent to {@code deadLetterTopic} with Kafka's {@code __streams.errors.*} headers while processing goes on.
     */
    public static Properties streams(String applicationId, String deadLetterTopic) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                CountingDeserializationHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                CountingProcessingHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterOversizeHandler.class.getName());
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), String.valueOf(BATCH_BYTES));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return props;
    }
}
