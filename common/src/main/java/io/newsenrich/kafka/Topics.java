package io.newsenrich.kafka;

import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.RawArticle;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic of the pipeline, declared once with its serdes. Keys are article ids. */
public final class Topics {

    /** Article text as ingest read it; a replay appends the same key again. */
    public static final Topic<String, RawArticle> RAW = new Topic<>("articles.raw", Serdes.String(),
            new JsonSerde<>(RawArticle.class), Map.of());

    /** Articles split into sections, with figures and dates. */
    public static final Topic<String, EnrichedArticle> ENRICHED = new Topic<>("articles.enriched", Serdes.String(),
            new JsonSerde<>(EnrichedArticle.class), Map.of());

    /** One curated record per article id and content version; compacted, so the latest version per id is kept. */
    public static final Topic<String, CuratedArticle> CURATED = new Topic<>("articles.curated", Serdes.String(),
            new JsonSerde<>(CuratedArticle.class),
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /** Raw records enrich could not read or process, with Kafka's {@code __streams.errors.*} headers. */
    public static final Topic<byte[], byte[]> ENRICH_DLQ = deadLetters("articles.raw.dlq");

    /** Enriched records sink could not read, validate or curate. */
    public static final Topic<byte[], byte[]> SINK_DLQ = deadLetters("articles.enriched.dlq");

    private Topics() {
    }

    private static Topic<byte[], byte[]> deadLetters(String name) {
        return new Topic<>(name, Serdes.ByteArray(), Serdes.ByteArray(), Map.of());
    }
}
