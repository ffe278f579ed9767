package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Processing;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTimingTest {

    @Test
    void stagesAddUpToTheEndToEndLatency() {
        Instant ingested = Instant.parse("2026-01-01T00:00:00Z");
        ArticleTiming timing = ArticleTiming.of(new Processing(ingested, ingested.plusMillis(120),
                ingested.plusMillis(150).plusNanos(2_500)));
        assertThat(timing.enrichMicros()).isEqualTo(120_000);
        assertThat(timing.sinkMicros()).isEqualTo(30_002);
        assertThat(timing.latencyMicros()).isEqualTo(timing.enrichMicros() + timing.sinkMicros());
    }
}
