package io.newsenrich.sink.stream;

import io.newsenrich.kafka.JsonSerde;
import io.newsenrich.kafka.Topic;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.sink.CurationState;
import io.newsenrich.sink.Curator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * enriched -> curated: validated, de-duplicated by (article id, content hash) with the named store
 * {@value #STORE} (changelog {@code <application.id>-curated-versions-changelog}), schema-versioned.
 */
public final class SinkTopology {

    public static final String STORE = "curated-versions";

    private SinkTopology() {
    }

    public static Topology buildTopology(Topic<String, EnrichedArticle> input, Topic<String, CuratedArticle> output,
                                         Curator curator, SinkCounters counters) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE),
                Serdes.String(), new JsonSerde<>(CurationState.class)));
        builder.stream(input.name(), input.consumed())
                .process(() -> new CurateProcessor(curator, counters, STORE), Named.as("curate"), STORE)
                .to(output.name(), output.produced());
        return builder.build();
    }
}
