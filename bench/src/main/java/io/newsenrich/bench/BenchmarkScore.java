package io.newsenrich.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One benchmark's result from a JMH JSON file, in the units of the summary.
 *
 * @param params          the JMH parameters, e.g. {@code corpus=bbc}; results are compared within one such group
 * @param benchmark       the benchmark method's name
 * @param articlesPerSec  the primary score: operations are articles
 * @param articlesError   the 99.9% half-width JMH gives for the score (NaN with a single measurement)
 * @param mbPerSec        text throughput in MB (10^6 bytes of UTF-8) per second, NaN without the bytes counter
 * @param bytesPerArticle allocation per article from {@code -prof gc}, NaN when run without it
 */
public record BenchmarkScore(String params, String benchmark, double articlesPerSec, double articlesError,
                             double mbPerSec, double bytesPerArticle) {

    private static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

    /** Reads every result of a JMH {@code -rf json} file's root array. */
    public static List<BenchmarkScore> parse(JsonNode results) {
        List<BenchmarkScore> scores = new ArrayList<>();
        for (JsonNode result : results) {
            String qualified = result.path("benchmark").asText();
            JsonNode primary = result.path("primaryMetric");
            JsonNode secondary = result.path("secondaryMetrics");
            scores.add(new BenchmarkScore(
                    describe(result.path("params")),
                    qualified.substring(qualified.lastIndexOf('.') + 1),
                    primary.path("score").asDouble(),
                    primary.path("scoreError").asDouble(Double.NaN),
                    score(secondary, Cursor.BYTES_METRIC) / 1e6,
                    score(secondary, ALLOCATION_METRIC)));
        }
        return scores;
    }

    private static double score(JsonNode metrics, String name) {
        JsonNode metric = metrics.get(name);
        return metric == null ? Double.NaN : metric.path("score").asDouble();
    }

    // JMH writes params in declaration order; sorting keeps the label stable if more are added
    private static String describe(JsonNode params) {
        Map<String, String> sorted = new TreeMap<>();
        params.properties().forEach(param -> sorted.put(param.getKey(), param.getValue().asText()));
        return sorted.entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(" "));
    }
}
