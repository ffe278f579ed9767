package io.newsenrich.bench.e2e;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * How a Kafka Streams thread divides its time, from its {@code poll-ratio}, {@code process-ratio},
 * {@code commit-ratio} and {@code punctuate-ratio} metrics: a thread that mostly processes is CPU-bound on its
 * topology; one that mostly polls waits for input; one that mostly commits waits for transactions to complete.
 */
record ThreadTimeSplit(double poll, double process, double commit, double punctuate) {

    static final ThreadTimeSplit NONE = new ThreadTimeSplit(0, 0, 0, 0);

    /** The split in one Prometheus scrape, averaged over the service's stream threads; empty before the first. */
    static Optional<ThreadTimeSplit> of(String scrape) {
        List<Double> poll = MetricsSampler.values(scrape, "kafka_stream_thread_poll_ratio", "");
        List<Double> process = MetricsSampler.values(scrape, "kafka_stream_thread_process_ratio", "");
        List<Double> commit = MetricsSampler.values(scrape, "kafka_stream_thread_commit_ratio", "");
        List<Double> punctuate = MetricsSampler.values(scrape, "kafka_stream_thread_punctuate_ratio", "");
        if (poll.isEmpty() || process.isEmpty() || commit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadTimeSplit(average(poll), average(process), average(commit), average(punctuate)));
    }

    static ThreadTimeSplit mean(List<ThreadTimeSplit> splits) {
        if (splits.isEmpty()) {
            return NONE;
        }
        return new ThreadTimeSplit(mean(splits, ThreadTimeSplit::poll), mean(splits, ThreadTimeSplit::process),
                mean(splits, ThreadTimeSplit::commit), mean(splits, ThreadTimeSplit::punctuate));
    }

    private static double mean(List<ThreadTimeSplit> splits, ToDoubleFunction<ThreadTimeSplit> part) {
        return splits.stream().mapToDouble(part).average().orElse(0);
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
