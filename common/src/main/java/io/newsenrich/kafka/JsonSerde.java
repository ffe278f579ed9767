package io.newsenrich.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsenrich.model.Json;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one JSON serde of the project: a record type in, UTF-8 JSON out, through {@link Json#mapper()}.
 * Bytes that are not JSON of the expected shape raise {@link SerializationException}, which Kafka Streams routes to
 * the dead-letter topic instead of failing the task.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    /**
     * The value this thread serialized last, with its bytes. A service serializes each output value twice in a row:
     * first to hold it against the {@link RecordLimit} before it is produced, then when Kafka writes it; the second
     * call gets the first one's bytes instead of paying for the JSON again. Values are immutable records, so one
     * instance always has the same bytes.
     */
    private final ThreadLocal<Serialized> last = new ThreadLocal<>();

    private record Serialized(Object value, byte[] bytes) {
    }

    public JsonSerde(Class<T> type) {
        this.type = type;
        this.reader = Json.mapper().readerFor(type);
        this.writer = Json.mapper().writerFor(type);
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        Serialized previous = last.get();
        if (previous != null && previous.value() == value) {
            return previous.bytes();
        }
        try {
            byte[] bytes = writer.writeValueAsBytes(value);
            last.set(new Serialized(value, bytes));
            return bytes;
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 0) {
            throw new SerializationException("empty value on " + topic + ", expected a " + type.getSimpleName());
        }
        try {
            return reader.readValue(bytes);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new SerializationException("not a " + type.getSimpleName() + " JSON record on " + topic + ": "
                    + reason, e);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured by its constructor: the target type is all it needs
    }

    @Override
    public void close() {
        // stateless: nothing to release
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
