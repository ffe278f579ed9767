package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SteadyStateTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource({"101, 10, 90", "11, 1, 9", "2, 0, 1", "1, 0, 0"})
    void middleEightyPercentInTimeOrder(int articles, long firstSecond, long lastSecond) {
        List<ArticleTiming> timings = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            timings.add(new ArticleTiming(T0.plusSeconds(i), T0.plusSeconds(i), T0.plusSeconds(i)));
        }
        Collections.reverse(timings);

        List<ArticleTiming> middle = SteadyState.middle(timings, ArticleTiming::ingestedAt);

        assertThat(middle.get(0).ingestedAt()).isEqualTo(T0.plusSeconds(firstSecond));
        assertThat(middle.get(middle.size() - 1).ingestedAt()).isEqualTo(T0.plusSeconds(lastSecond));
        assertThat(middle).isSortedAccordingTo((a, b) -> a.ingestedAt().compareTo(b.ingestedAt()));
    }
}
