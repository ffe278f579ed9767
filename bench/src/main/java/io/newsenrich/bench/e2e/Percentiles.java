package io.newsenrich.bench.e2e;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** Nearest-rank percentiles of a set of values, sorted once. */
final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    static <T> Percentiles of(List<T> items, ToLongFunction<T> value) {
        return new Percentiles(items.stream().mapToLong(value).toArray());
    }

    static Percentiles of(long... values) {
        return new Percentiles(values);
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed. */
    long at(double percent) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
