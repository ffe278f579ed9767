package io.newsenrich.bench.e2e;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The pass-through and pipeline scenarios at maximum rate, run back to back in pairs. On a machine whose speed
 * drifts from minute to minute a single pair can land on a slow and a fast stretch; the ratio of each pair and their
 * median show how far that moves the answer.
 *
 * @param passThrough the pass-through result of each pair, in run order
 * @param pipeline    the pipeline result of each pair, in run order
 */
record MaximumRatePairs(List<ScenarioResult> passThrough, List<ScenarioResult> pipeline) {

    MaximumRatePairs {
        if (passThrough.isEmpty() || passThrough.size() != pipeline.size()) {
            throw new IllegalArgumentException("pairs need as many pass-through as pipeline results, at least one");
        }
        passThrough = List.copyOf(passThrough);
        pipeline = List.copyOf(pipeline);
    }

    /** Pipeline over pass-through articles/s of each pair, in run order. */
    List<Double> ratios() {
        return IntStream.range(0, pipeline.size())
                .mapToObj(i -> pipeline.get(i).articlesPerSecond() / passThrough.get(i).articlesPerSecond())
                .toList();
    }

    /** The median of {@link #ratios} (the mean of the middle two for an even count). */
    double medianRatio() {
        List<Double> sorted = ratios().stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The pipeline result of median rate (the slower of the middle two for an even count): the half load's base. */
    ScenarioResult medianPipeline() {
        List<ScenarioResult> sorted = pipeline.stream()
                .sorted(Comparator.comparingDouble(ScenarioResult::articlesPerSecond)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** All results in run order: pass-through, pipeline, pass-through, ... */
    List<ScenarioResult> inRunOrder() {
        return IntStream.range(0, pipeline.size()).boxed()
                .flatMap(i -> Stream.of(passThrough.get(i), pipeline.get(i))).toList();
    }
}
