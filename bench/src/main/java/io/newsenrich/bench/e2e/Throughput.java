package io.newsenrich.bench.e2e;

import java.time.Instant;
import java.util.List;

/**
 * Sustained throughput from the curated records' timestamps. Only the middle of the run counts (from the 10th to the
 * 90th percentile of curation times): the start includes the services' warm-up and the end the last straggling
 * transaction, neither of which is the rate the pipeline keeps up.
 */
final class Throughput {

    private static final double FROM = 0.10;
    private static final double TO = 0.90;

    private Throughput() {
    }

    /** Articles per second; 0 when fewer than two articles were curated or all at once. */
    static double articlesPerSecond(List<ArticleTiming> timings) {
        long[] curated = timings.stream().map(ArticleTiming::curatedAt).mapToLong(Throughput::micros).sorted()
                .toArray();
        if (curated.length < 2) {
            return 0;
        }
        int first = (int) (FROM * (curated.length - 1));
        int last = (int) Math.ceil(TO * (curated.length - 1));
        long micros = curated[last] - curated[first];
        return micros <= 0 ? 0 : (last - first) * 1e6 / micros;
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
