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
 *
 * <p>An enriched record larger than the broker accepts is such an error too, caught here before it is produced: under
 * exactly-once a record the broker refuses puts the producer's transaction in an error state, so the production
 * exception handler cannot skip it and the service would stop (and stop again on every restart).
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    /** @param maxRecordBytes the largest serialized enriched value to write; keep it under the broker's limit */
    public static Topology buildTopology(Topic<String, RawArticle> input, Topic<String, EnrichedArticle> output,
                                         Enricher enricher, EnrichCounters counters, int maxRecordBytes) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input.name(), input.consumed())
                .mapValues((key, raw) -> {
                    InvalidRecordException.require(key != null, "raw record has no key (article id)");
                    InvalidRecordException.require(raw != null, "raw record " + key + " has no value");
                    EnrichedArticle enriched = enricher.enrich(raw);
                    int size = output.valueSerde().serializer().serialize(output.name(), enriched).length;
                    InvalidRecordException.require(size <= maxRecordBytes, "enriched record " + key + " is " + size
                            + " bytes, more than the " + maxRecordBytes + " the broker is told to take");
                    counters.enriched(enriched.figures().size());
                    return enriched;
                }, Named.as("enrich"))
                .to(output.name(), output.produced());
        return builder.build();
    }
}
