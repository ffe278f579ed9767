package io.newsenrich.bench;

import io.newsenrich.enrich.Enricher;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import io.newsenrich.sink.CuratedSchema;
import io.newsenrich.sink.Curator;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What enrich and sink do with one record between Kafka's poll and produce, without the broker: enrich reads a raw
 * record's JSON, analyses the text and writes the enriched JSON; sink reads that, validates and curates it (the
 * published schema included) and writes the curated JSON. Run with the production text core and with the
 * pass-through one side by side, the pair shows how much of each service's per-record work the text core and its
 * larger records cost, which the end-to-end ratio cannot split by service.
 */
@State(Scope.Benchmark)
public class RecordsBenchmark extends ShortRun {

    /** RULES (the production text core) or PASS_THROUGH (the text as one body paragraph), as enrich's flag. */
    @Param({"RULES", "PASS_THROUGH"})
    public String textCore;

    private Enricher enricher;
    private final Curator curator = new Curator(new CuratedSchema(), Clock.systemUTC());
    private byte[][] raw;
    private byte[][] enriched;

    @Setup
    public void encode(CorpusState corpus) {
        enricher = "RULES".equals(textCore) ? Enricher.withRules(Clock.systemUTC())
                : Enricher.passThrough(Clock.systemUTC());
        Instant ingestedAt = Instant.now();
        raw = IntStream.range(0, corpus.size())
                .mapToObj(i -> Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(),
                        RawArticle.of("article-" + i, "corpus/" + i + ".txt", corpus.text(i), ingestedAt)))
                .toArray(byte[][]::new);
        enriched = IntStream.range(0, corpus.size())
                .mapToObj(i -> Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(),
                        enricher.enrich(Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW.name(),
                                raw[i]))))
                .toArray(byte[][]::new);
    }

    /** Enrich's work on one record: raw JSON in, enriched JSON out. */
    @Benchmark
    public byte[] enrich(CorpusState corpus, Cursor cursor) {
        RawArticle article = Topics.RAW.valueSerde().deserializer()
                .deserialize(Topics.RAW.name(), raw[cursor.advance(corpus)]);
        return Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), enricher.enrich(article));
    }

    /** Sink's work on one record: enriched JSON in, validated curated JSON out (the de-duplication store aside). */
    @Benchmark
    public byte[] curate(CorpusState corpus, Cursor cursor) {
        var article = Topics.ENRICHED.valueSerde().deserializer()
                .deserialize(Topics.ENRICHED.name(), enriched[cursor.advance(corpus)]);
        return Topics.CURATED.valueSerde().serializer().serialize(Topics.CURATED.name(), curator.curate(article, 1));
    }
}
