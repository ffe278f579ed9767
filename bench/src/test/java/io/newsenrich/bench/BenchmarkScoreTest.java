package io.newsenrich.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads and tabulates results in the shape JMH 1.37 writes with {@code -rf json}. */
class BenchmarkScoreTest {

    static final String RESULTS = """
            [
              {"jmhVersion": "1.37", "benchmark": "io.newsenrich.bench.TextCoreBenchmark.analyze",
               "mode": "thrpt", "threads": 1, "forks": 1, "jdkVersion": "17.0.15", "vmName": "OpenJDK",
               "warmupIterations": 3, "warmupTime": "2 s", "measurementIterations": 5, "measurementTime": "2 s",
               "params": {"corpus": "bbc"},
               "primaryMetric": {"score": 20000.0, "scoreError": 500.0, "scoreUnit": "ops/s"},
               "secondaryMetrics": {
                 "bytes": {"score": 44000000.0, "scoreUnit": "ops/s"},
                 "gc.alloc.rate.norm": {"score": 16230.7, "scoreUnit": "B/op"}}},
              {"jmhVersion": "1.37", "benchmark": "io.newsenrich.bench.TextCoreBenchmark.baselineScan",
               "params": {"corpus": "bbc"},
               "primaryMetric": {"score": 60000.0, "scoreError": "NaN", "scoreUnit": "ops/s"},
               "secondaryMetrics": {"bytes": {"score": 880000.0, "scoreUnit": "ops/s"}}},
              {"jmhVersion": "1.37", "benchmark": "io.newsenrich.bench.TextCoreBenchmark.extract",
               "params": {"corpus": "bbc"},
               "primaryMetric": {"score": 1234567.0, "scoreError": 1.0, "scoreUnit": "ops/s"},
               "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 24.0, "scoreUnit": "B/op"}}},
              {"jmhVersion": "1.37", "benchmark": "io.newsenrich.bench.TextCoreBenchmark.split",
               "params": {"corpus": "ptc"},
               "primaryMetric": {"score": 1000.0, "scoreError": 10.0, "scoreUnit": "ops/s"},
               "secondaryMetrics": {}}
            ]
            """;

    @Test
    void takesArticlesTextRateAndAllocationFromEachResult() throws Exception {
        List<BenchmarkScore> scores = BenchmarkScore.parse(results());

        assertThat(scores).containsExactly(
                new BenchmarkScore("corpus=bbc", "analyze", 20000.0, 500.0, 44.0, 16230.7),
                new BenchmarkScore("corpus=bbc", "baselineScan", 60000.0, Double.NaN, 0.88, Double.NaN),
                new BenchmarkScore("corpus=bbc", "extract", 1234567.0, 1.0, Double.NaN, 24.0),
                new BenchmarkScore("corpus=ptc", "split", 1000.0, 10.0, Double.NaN, Double.NaN));
    }

    @Test
    void tabulatesEachRowWithItsRatioToTheBaselineOfTheSameGroup() throws Exception {
        String table = SummaryTable.render(BenchmarkScore.parse(results()));

        assertThat(table.lines()).containsExactly(
                "| params | benchmark | articles/s | MB/s | B/article | ratio to baseline |",
                "|---|---|---:|---:|---:|---:|",
                "| corpus=bbc | analyze | 20,000 ± 500 | 44.0 | 16,231 | 0.333 |",
                "| corpus=bbc | baselineScan | 60,000 | 0.9 | n/a | 1 |",
                "| corpus=bbc | extract | 1,234,567 ± 1 | n/a | 24 | 20.6 |",
                "| corpus=ptc | split | 1,000 ± 10 | n/a | n/a | n/a |");
    }

    @Test
    void documentSaysHowTheRunWasMadeAboveTheTable() throws Exception {
        String doc = JmhSummary.document(results(), "jmh-x.json", "Smoke run on a loaded machine.", "TABLE\n");

        assertThat(doc).contains("Smoke run on a loaded machine.",
                "Source `jmh-x.json`: JMH 1.37, JDK 17.0.15", "warmup 3 x 2 s, measurement 5 x 2 s", "TABLE",
                "ratio to baseline");
    }

    private static JsonNode results() throws Exception {
        return new ObjectMapper().readTree(RESULTS);
    }
}
