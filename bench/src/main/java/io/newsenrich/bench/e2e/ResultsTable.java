package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The scenarios' measurements as CSV, one row per scenario, for comparing runs; and one scenario's timings. */
final class ResultsTable {

    private record Column(String name, Function<ScenarioResult, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("scenario", ScenarioResult::scenario),
            new Column("text_core", ScenarioResult::textCore),
            new Column("target_rate_per_s", ScenarioResult::targetRate),
            new Column("articles", ScenarioResult::articles),
            new Column("articles_per_s", ScenarioResult::articlesPerSecond),
            new Column("mb_per_s", ScenarioResult::megabytesPerSecond),
            new Column("latency_p50_ms", ScenarioResult::p50),
            new Column("latency_p95_ms", ScenarioResult::p95),
            new Column("latency_p99_ms", ScenarioResult::p99),
            new Column("enrich_stage_p50_ms", ScenarioResult::enrichP50),
            new Column("sink_stage_p50_ms", ScenarioResult::sinkP50),
            new Column("enrich_heap_peak_mib", ScenarioResult::enrichHeapMiB),
            new Column("sink_heap_peak_mib", ScenarioResult::sinkHeapMiB),
            new Column("enrich_cpu_s", ScenarioResult::enrichCpu),
            new Column("sink_cpu_s", ScenarioResult::sinkCpu),
            new Column("harness_cpu_s", ScenarioResult::harnessCpu),
            new Column("enrich_jit_s", ScenarioResult::enrichJit),
            new Column("sink_jit_s", ScenarioResult::sinkJit),
            new Column("wall_s", ScenarioResult::wallSeconds),
            new Column("duplicates", ScenarioResult::duplicates),
            new Column("warm_up_rounds", ScenarioResult::warmUpRounds),
            new Column("enrich_poll_ratio", r -> r.enrichSplit().poll()),
            new Column("enrich_process_ratio", r -> r.enrichSplit().process()),
            new Column("enrich_commit_ratio", r -> r.enrichSplit().commit()),
            new Column("sink_poll_ratio", r -> r.sinkSplit().poll()),
            new Column("sink_process_ratio", r -> r.sinkSplit().process()),
            new Column("sink_commit_ratio", r -> r.sinkSplit().commit()));

    private ResultsTable() {
    }

    static void writeCsv(List<ScenarioResult> results, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS.stream().map(Column::name).toList()));
        for (ScenarioResult result : results) {
            lines.add(String.join(",", COLUMNS.stream().map(column -> format(column.value().apply(result))).toList()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Every article's stage timestamps (epoch microseconds) in ingest order, to look into a run's latencies. */
    static void writeTimings(List<ArticleTiming> timings, Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("ingested_at_us,enriched_at_us,curated_at_us"));
        timings.stream().sorted(Comparator.comparing(ArticleTiming::ingestedAt))
                .map(t -> micros(t.ingestedAt()) + "," + micros(t.enrichedAt()) + "," + micros(t.curatedAt()))
                .forEach(lines::add);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static String format(Object value) {
        return value instanceof Double number ? String.format(Locale.ROOT, "%.2f", number) : String.valueOf(value);
    }
}
