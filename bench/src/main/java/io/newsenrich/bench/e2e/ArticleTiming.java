package io.newsenrich.bench.e2e;

import io.newsenrich.model.Processing;
import java.time.Duration;
import java.time.Instant;

/** When one curated article passed each stage, as its {@link Processing} record tells. */
record ArticleTiming(Instant ingestedAt, Instant enrichedAt, Instant curatedAt) {

    static ArticleTiming of(Processing processing) {
        return new ArticleTiming(processing.ingestedAt(), processing.enrichedAt(), processing.curatedAt());
    }

    /** End to end: from ingest reading the text to the sink appending the curated record. */
    long latencyMicros() {
        return micros(ingestedAt, curatedAt);
    }

    /** Raw topic, enrich's queue and the text core. */
    long enrichMicros() {
        return micros(ingestedAt, enrichedAt);
    }

    /** Enriched topic, sink's queue and curation. */
    long sinkMicros() {
        return micros(enrichedAt, curatedAt);
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1_000;
    }
}
