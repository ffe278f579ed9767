package io.newsenrich.bench.e2e;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The middle of a run: the articles from the 10th to the 90th percentile of one of their timestamps. The start of a
 * run includes the services' warm-up (fresh JVMs, JIT, first transactions) and its end the last straggling
 * transaction; neither is what the pipeline keeps up, so throughput and latency are taken over the middle only.
 */
final class SteadyState {

    private static final double FROM = 0.10;
    private static final double TO = 0.90;

    private SteadyState() {
    }

    /** The middle 80 % of {@code timings} in the order of {@code time}. */
    static List<ArticleTiming> middle(List<ArticleTiming> timings, Function<ArticleTiming, Instant> time) {
        List<ArticleTiming> sorted = timings.stream().sorted(Comparator.comparing(time)).toList();
        if (sorted.size() < 2) {
            return sorted;
        }
        int first = (int) (FROM * (sorted.size() - 1));
        int last = (int) Math.ceil(TO * (sorted.size() - 1));
        return sorted.subList(first, last + 1);
    }
}
