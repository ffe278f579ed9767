package io.newsenrich.kafka;

import io.newsenrich.model.InvalidRecordException;

/**
 * The largest serialized record value a service writes; keep it under the broker's {@code message.max.bytes}. A
 * larger value is caught before it is produced, as a data error: under exactly-once a record the broker refuses puts
 * the producer's transaction in an error state, so the production exception handler cannot skip it and the service
 * stops, again after every restart. Thrown as {@link InvalidRecordException}, it sends the input to the dead-letter
 * topic through the processing handler, inside the transaction.
 */
public record RecordLimit(int maxBytes) {

    /** Kafka's default {@code max.request.size}, under the broker's default {@code message.max.bytes}. */
    public static final int DEFAULT_MAX_BYTES = 1_048_576;

    /** @throws InvalidRecordException when {@code value}, serialized for {@code topic}, exceeds the limit */
    public <V> void requireFits(Topic<?, V> topic, String key, V value) {
        int size = topic.valueSerde().serializer().serialize(topic.name(), value).length;
        InvalidRecordException.require(size <= maxBytes, topic.name() + " record " + key + " is " + size
                + " bytes, more than the " + maxBytes + " the broker is told to take");
    }
}
