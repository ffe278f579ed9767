package io.newsenrich.ingest;

/** Kafka did not answer, or refused to set up the raw topic: nothing can be published in this run. */
public final class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
