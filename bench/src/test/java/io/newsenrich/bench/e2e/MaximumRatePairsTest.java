package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaximumRatePairsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A scenario whose 101 articles are curated one every {@code 1000 / rate} ms: it ran at {@code rate}/s. */
    private static ScenarioResult at(String name, int rate) {
        List<ArticleTiming> timings = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            Instant read = T0.plusNanos(1_000_000_000L / rate * i);
            timings.add(new ArticleTiming(read, read, read.plusMillis(5)));
        }
        var resources = new ScenarioResult.Resources(0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Duration.ZERO, ThreadTimeSplit.NONE, ThreadTimeSplit.NONE);
        return ScenarioResult.of(Scenario.atMaximumRate(name, Scenario.RULES), timings, 0, 1_000, resources, 1);
    }

    @Test
    void oneRatioPerPairAndTheirMedian() {
        var pairs = new MaximumRatePairs(List.of(at("p1", 1000), at("p2", 1000), at("p3", 500)),
                List.of(at("r1", 900), at("r2", 700), at("r3", 400)));

        assertThat(pairs.ratios()).satisfiesExactly(
                r -> assertThat(r).isCloseTo(0.9, within(1e-4)),
                r -> assertThat(r).isCloseTo(0.7, within(1e-4)),
                r -> assertThat(r).isCloseTo(0.8, within(1e-4)));
        assertThat(pairs.medianRatio()).isCloseTo(0.8, within(1e-4));
        assertThat(pairs.medianPipeline().scenario()).isEqualTo("r2");
        assertThat(pairs.inRunOrder()).extracting(ScenarioResult::scenario)
                .containsExactly("p1", "r1", "p2", "r2", "p3", "r3");
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleRatiosAndTheSlowerMiddlePipeline() {
        var pairs = new MaximumRatePairs(List.of(at("p1", 1000), at("p2", 1000)),
                List.of(at("r1", 900), at("r2", 700)));

        assertThat(pairs.medianRatio()).isCloseTo(0.8, within(1e-4));
        assertThat(pairs.medianPipeline().scenario()).isEqualTo("r2");
    }

    @Test
    void onePairIsItsOwnMedian() {
        var pairs = new MaximumRatePairs(List.of(at("p", 1000)), List.of(at("r", 850)));

        assertThat(pairs.medianRatio()).isCloseTo(0.85, within(1e-4));
        assertThat(pairs.medianPipeline().scenario()).isEqualTo("r");
    }

    @Test
    void refusesUnmatchedOrNoPairs() {
        assertThatThrownBy(() -> new MaximumRatePairs(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximumRatePairs(List.of(at("p", 1000)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
