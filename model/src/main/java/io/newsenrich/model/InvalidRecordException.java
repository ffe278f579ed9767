package io.newsenrich.model;

/**
 * A record that can never be processed, whatever the retries: a data error. Kafka Streams' processing handler sends
 * its input to the dead-letter topic and processing goes on.
 */
public final class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }

    /** Throws when {@code condition} does not hold. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidRecordException(message);
        }
    }
}
