package io.newsenrich.bench.e2e;

import java.time.Duration;
import java.util.List;

/** Sustained throughput: the rate of curation over the {@link SteadyState} middle of the run. */
final class Throughput {

    private Throughput() {
    }

    /** Articles per second; 0 when fewer than two articles were curated or all at once. */
    static double articlesPerSecond(List<ArticleTiming> timings) {
        List<ArticleTiming> middle = SteadyState.middle(timings, ArticleTiming::curatedAt);
        if (middle.size() < 2) {
            return 0;
        }
        long micros = Duration.between(middle.get(0).curatedAt(), middle.get(middle.size() - 1).curatedAt())
                .toNanos() / 1_000;
        return micros <= 0 ? 0 : (middle.size() - 1) * 1e6 / micros;
    }
}
