package io.newsenrich.enrich.stream;

import io.newsenrich.enrich.Enricher;
import io.newsenrich.kafka.Topic;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.InvalidRecordException;
import io.newsenrich.model.RawArticle;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * raw -> enriched: one enriched record per raw record, same key. Stateless; errors in a record become dead letters
 * through the Streams processing handler configured by {@link io.newsenrich.config.StreamsDefaults}.
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    public static Topology buildTopology(Topic<String, RawArticle> input, Topic<String, EnrichedArticle> output,
                                         Enricher enricher, EnrichCounters counters) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input.name(), input.consumed())
                .mapValues((key, raw) -> {
                    InvalidRecordException.require(key != null, "raw record has no key (article id)");
                    InvalidRecordException.require(raw != null, "raw record " + key + " has no value");
                    EnrichedArticle enriched = enricher.enrich(raw);
                    counters.enriched(enriched.figures().size());
                    return enriched;
                }, Named.as("enrich"))
                .to(output.name(), output.produced());
        return builder.build();
    }
}
