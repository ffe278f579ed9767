package io.newsenrich.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What one scenario measured. Latencies are in milliseconds over the articles ingested in the {@link SteadyState}
 * middle of the run, heaps in MiB, CPU in seconds over the whole replay.
 *
 * @param targetRate  articles/s ingest was paced to; 0 at maximum rate
 * @param duplicates  curated records of an article already seen; exactly-once means 0
 * @param harnessCpu  CPU of the harness JVM: the broker, ingest and the curated-topic reader
 * @param enrichJit   CPU of enrich's JIT compiler threads (part of {@code enrichCpu})
 * @param sinkJit     CPU of sink's JIT compiler threads (part of {@code sinkCpu})
 * @param enrichSplit how enrich's stream thread divided its time during the replay
 * @param sinkSplit   how sink's stream thread divided its time during the replay
 * @param warmUpRounds {@link WarmUp} rounds replayed before the measurement
 */
record ScenarioResult(String scenario, String textCore, double targetRate, int articles, double articlesPerSecond,
                      double megabytesPerSecond, double p50, double p95, double p99, double enrichP50,
                      double sinkP50, double enrichHeapMiB, double sinkHeapMiB, double enrichCpu, double sinkCpu,
                      double harnessCpu, double enrichJit, double sinkJit, ThreadTimeSplit enrichSplit,
                      ThreadTimeSplit sinkSplit, int duplicates,
                      Replay replay, int warmUpRounds) {

    /** The replay's span: from the first article read by ingest to the last one curated. */
    record Replay(Instant start, Instant end) {

        static Replay of(List<ArticleTiming> timings) {
            return new Replay(timings.stream().map(ArticleTiming::ingestedAt).min(Comparator.naturalOrder())
                    .orElseThrow(), timings.stream().map(ArticleTiming::curatedAt).max(Comparator.naturalOrder())
                    .orElseThrow());
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && !instant.isAfter(end);
        }
    }

    /** Resource use of the three processes during the replay. */
    record Resources(long enrichHeapBytes, long sinkHeapBytes, Duration enrichCpu, Duration sinkCpu,
                     Duration harnessCpu, Duration enrichJit, Duration sinkJit, ThreadTimeSplit enrichSplit,
                     ThreadTimeSplit sinkSplit) {
    }

    static ScenarioResult of(Scenario scenario, List<ArticleTiming> timings, int duplicates, double meanUtf8Bytes,
                             Resources resources, int warmUpRounds) {
        List<ArticleTiming> steady = SteadyState.middle(timings, ArticleTiming::ingestedAt);
        Percentiles latency = Percentiles.of(steady, ArticleTiming::latencyMicros);
        double rate = Throughput.articlesPerSecond(timings);
        return new ScenarioResult(scenario.name(), scenario.textCore(), scenario.rate(), timings.size(), rate,
                rate * meanUtf8Bytes / 1e6, millis(latency.at(50)), millis(latency.at(95)), millis(latency.at(99)),
                millis(Percentiles.of(steady, ArticleTiming::enrichMicros).at(50)),
                millis(Percentiles.of(steady, ArticleTiming::sinkMicros).at(50)),
                mebibytes(resources.enrichHeapBytes()), mebibytes(resources.sinkHeapBytes()),
                seconds(resources.enrichCpu()), seconds(resources.sinkCpu()), seconds(resources.harnessCpu()),
                seconds(resources.enrichJit()), seconds(resources.sinkJit()),
                resources.enrichSplit(), resources.sinkSplit(), duplicates, Replay.of(timings), warmUpRounds);
    }

    double wallSeconds() {
        return seconds(Duration.between(replay.start(), replay.end()));
    }

    /** Cores' worth of CPU a process used on average during the replay (1.0 = one core busy all along). */
    double cores(double cpuSeconds) {
        double wall = wallSeconds();
        return wall <= 0 ? 0 : cpuSeconds / wall;
    }

    private static double millis(long micros) {
        return micros / 1e3;
    }

    private static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
