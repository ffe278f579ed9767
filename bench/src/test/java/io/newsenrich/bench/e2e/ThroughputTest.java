package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void steadyRateIsTheCurationRate() {
        assertThat(Throughput.articlesPerSecond(curatedEvery(101, 10))).isCloseTo(100, within(1e-9));
    }

    @Test
    void aSlowStartAndAStragglerDoNotCount() {
        List<ArticleTiming> timings = new ArrayList<>(curatedEvery(101, 10));
        timings.set(0, timing(-5_000));
        timings.set(100, timing(60_000));
        assertThat(Throughput.articlesPerSecond(timings)).isCloseTo(100, within(1e-9));
    }

    @Test
    void noRateWithoutTwoDistinctCurationTimes() {
        assertThat(Throughput.articlesPerSecond(List.of(timing(0)))).isZero();
        assertThat(Throughput.articlesPerSecond(List.of(timing(5), timing(5), timing(5)))).isZero();
    }

    private static List<ArticleTiming> curatedEvery(int articles, long millis) {
        List<ArticleTiming> timings = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            timings.add(timing(i * millis));
        }
        return timings;
    }

    private static ArticleTiming timing(long curatedAtMillis) {
        return new ArticleTiming(START.minusSeconds(1), START, START.plusMillis(curatedAtMillis));
    }
}
