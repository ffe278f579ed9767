package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioResultTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** 101 articles, one read every 10 ms, each enriched 20 ms and curated 50 ms after it was read. */
    private static List<ArticleTiming> steadyReplay() {
        List<ArticleTiming> timings = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            Instant read = T0.plusMillis(10L * i);
            timings.add(new ArticleTiming(read, read.plusMillis(20), read.plusMillis(50)));
        }
        return timings;
    }

    @Test
    void summarisesTheReplay() {
        var resources = new ScenarioResult.Resources(64L << 20, 32L << 20, Duration.ofMillis(525),
                Duration.ofMillis(105), Duration.ZERO, Duration.ofMillis(250), Duration.ZERO,
                ThreadTimeSplit.NONE, ThreadTimeSplit.NONE);
        ScenarioResult result = ScenarioResult.of(Scenario.atMaximumRate("max", Scenario.RULES), steadyReplay(), 0,
                2_000, resources, 3);

        assertThat(result.articles()).isEqualTo(101);
        assertThat(result.warmUpRounds()).isEqualTo(3);
        assertThat(result.articlesPerSecond()).isCloseTo(100, within(1e-9));
        assertThat(result.megabytesPerSecond()).isCloseTo(0.2, within(1e-9));
        assertThat(result.p50()).isEqualTo(50);
        assertThat(result.p99()).isEqualTo(50);
        assertThat(result.enrichP50()).isEqualTo(20);
        assertThat(result.sinkP50()).isEqualTo(30);
        assertThat(result.enrichHeapMiB()).isEqualTo(64);
        assertThat(result.replay()).isEqualTo(new ScenarioResult.Replay(T0, T0.plusMillis(1_050)));
        assertThat(result.wallSeconds()).isCloseTo(1.05, within(1e-9));
        assertThat(result.cores(result.enrichCpu())).isCloseTo(0.5, within(1e-9));
        assertThat(result.cores(result.enrichJit())).isCloseTo(0.25 / 1.05, within(1e-9));
    }

    @Test
    void theReplayWindowIncludesItsEnds() {
        var replay = new ScenarioResult.Replay(T0, T0.plusSeconds(1));
        assertThat(replay.contains(T0)).isTrue();
        assertThat(replay.contains(T0.plusSeconds(1))).isTrue();
        assertThat(replay.contains(T0.minusNanos(1))).isFalse();
        assertThat(replay.contains(T0.plusSeconds(2))).isFalse();
    }
}
