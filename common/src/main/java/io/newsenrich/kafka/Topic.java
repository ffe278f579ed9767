package io.newsenrich.kafka;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic with the serdes of its keys and values and the topic configuration it must be created with.
 * Declared once in {@link Topics}; services may rename one with {@link #named(String)}.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {

    public Topic {
        configs = Map.copyOf(configs);
    }

    public Topic<K, V> named(String newName) {
        return new Topic<>(newName, keySerde, valueSerde, configs);
    }

    /** How a topology reads this topic; the processor name is explicit so that topology changes stay compatible. */
    public Consumed<K, V> consumed() {
        return Consumed.with(keySerde, valueSerde).withName("read-" + name);
    }

    public Produced<K, V> produced() {
        return Produced.with(keySerde, valueSerde).withName("write-" + name);
    }

    public NewTopic newTopic(int partitions, short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
