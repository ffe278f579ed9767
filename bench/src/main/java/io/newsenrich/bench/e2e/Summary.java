package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The markdown summary of a run: conditions, the results table, the pass-through ratios and the CPU profile. */
final class Summary {

    /** How the run was made, for the reader to judge the numbers. */
    record Conditions(String stamp, int cores, String loadAtStart, String loadAtEnd, int articles, WarmUp warmUp,
                      int corpusTexts,
                      double meanUtf8Bytes, int partitions, int threads, Map<String, String> serviceProperties,
                      String note) {
    }

    private Summary() {
    }

    static void write(Path file, Conditions conditions, List<ScenarioResult> results, MaximumRatePairs maximum,
                      Map<String, HotMethods> profiles) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# End-to-end benchmark: ingest -> enrich -> sink\n\n");
        md.append(String.format(Locale.ROOT, "Run by `bench/run-e2e.sh` at %s on %d core(s); load average %s at "
                        + "start, %s at end. %s%n%n", conditions.stamp(), conditions.cores(), conditions.loadAtStart(),
                conditions.loadAtEnd(), conditions.note()));
        md.append(String.format(Locale.ROOT, "%d articles per scenario (variants of %d corpus texts, mean %.0f bytes "
                        + "of UTF-8 text), %d partitions, %d stream thread(s) per service, exactly_once_v2%s. "
                        + "enrich and sink run as child JVMs with `%s`; the broker (embedded KRaft), ingest and "
                        + "the curated-topic reader share the harness JVM (with Kafka's default 1 GiB log segments, "
                        + "so no segment rolls or log cleaning during a run). Every scenario starts from a fresh "
                        + "broker and fresh services, warmed up before the measurement with rounds of %d other "
                        + "articles at full speed until the JIT compiler threads of both services used under %.1f "
                        + "of a core in %d rounds in a row (at most %d "
                        + "rounds; %s).%n%n",
                conditions.articles(), conditions.corpusTexts(),
                conditions.meanUtf8Bytes(), conditions.partitions(), conditions.threads(),
                conditions.serviceProperties().isEmpty() ? "" : ", service properties "
                        + conditions.serviceProperties().entrySet().stream()
                        .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").collect(Collectors.joining(", ")),
                ServiceProcess.MAX_HEAP, conditions.warmUp().articlesPerRound(), conditions.warmUp().settledJitCores(),
                conditions.warmUp().quietRounds(), conditions.warmUp().maxRounds(), results.stream()
                        .map(r -> r.scenario() + " " + r.warmUpRounds()).collect(Collectors.joining(", "))));
        md.append("| scenario | text core | ingest rate | articles/s | MB/s | latency p50 / p95 / p99 (ms) "
                + "| enrich / sink stage p50 (ms) | heap peak enrich / sink (MiB) "
                + "| CPU cores enrich / sink / broker+ingest | of which JIT compiling enrich / sink |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScenarioResult r : results) {
            md.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %.0f | %.2f | %.0f / %.0f / %.0f | %.0f / %.0f | %.0f / %.0f "
                            + "| %.2f / %.2f / %.2f "
                            + "| %.2f / %.2f |%n",
                    r.scenario(), r.textCore(), r.targetRate() > 0
                            ? String.format(Locale.ROOT, "%.0f/s", r.targetRate()) : "maximum",
                    r.articlesPerSecond(), r.megabytesPerSecond(), r.p50(), r.p95(), r.p99(), r.enrichP50(),
                    r.sinkP50(), r.enrichHeapMiB(), r.sinkHeapMiB(), r.cores(r.enrichCpu()), r.cores(r.sinkCpu()),
                    r.cores(r.harnessCpu()), r.cores(r.enrichJit()), r.cores(r.sinkJit())));
        }
        ScenarioResult pipeline = maximum.medianPipeline();
        md.append(String.format(Locale.ROOT, "%nThroughput ratio pipeline / pass-through at maximum rate: **%.2f**"
                        + " (%s). Duplicates on the curated topic: %d.%n%n", maximum.medianRatio(),
                ratioDetail(maximum), results.stream().mapToInt(ScenarioResult::duplicates).sum()));
        md.append("""
                How to read it: articles/s is the sustained rate of curation over the middle 80 % of the run (by \
                curation time); latency percentiles are over the articles ingested in the middle 80 % and run from \
                `RawArticle.ingestedAt` to `processing.curatedAt` (the sink's clock as it curates, before its \
                transaction commits; readers see the record after the commit, every 100 ms under exactly-once). At \
                maximum rate ingest publishes far faster than the pipeline drains, so latency there is mostly time \
                waiting in `articles.raw`; the half-rate scenario shows the pipeline's own latency. The heap peak is \
                sampled from `/metrics` once a second (each scrape costs the service some CPU). CPU cores = CPU \
                seconds / wall seconds of the replay; the JIT share is the CPU of the services' JIT compiler \
                threads, spent on compiling code rather than on records until the compiled code settles.

                """);
        appendThreadSplits(md, results);
        profiles.forEach((service, profile) -> appendProfile(md, service, pipeline.scenario(), profile));
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    /** The rates behind a single pair's ratio, or each pair's ratio and which pipeline run set the half load. */
    private static String ratioDetail(MaximumRatePairs maximum) {
        ScenarioResult pipeline = maximum.medianPipeline();
        List<Double> ratios = maximum.ratios();
        if (ratios.size() == 1) {
            return String.format(Locale.ROOT, "%.0f / %.0f articles/s", pipeline.articlesPerSecond(),
                    maximum.passThrough().get(0).articlesPerSecond());
        }
        return String.format(Locale.ROOT, "the median of %d pairs run back to back, pair by pair %s; the half load is "
                        + "half the median pipeline rate, %.0f articles/s (%s)", ratios.size(),
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(", ")),
                pipeline.articlesPerSecond(), pipeline.scenario());
    }

    private static void appendThreadSplits(StringBuilder md, List<ScenarioResult> results) {
        md.append("## How the stream threads spend their time\n\n"
                + "Kafka Streams' `poll-ratio`, `process-ratio`, `commit-ratio` and `punctuate-ratio`, averaged over "
                + "the samples taken during the replay (the rest of the loop is bookkeeping between the phases).\n\n"
                + "| scenario | enrich poll / process / commit / punctuate | sink poll / process / commit / punctuate |"
                + "\n|---|---:|---:|\n");
        for (ScenarioResult r : results) {
            md.append("| ").append(r.scenario()).append(" | ").append(percentages(r.enrichSplit())).append(" | ")
                    .append(percentages(r.sinkSplit())).append(" |\n");
        }
        md.append('\n');
    }

    private static String percentages(ThreadTimeSplit split) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f %%", 100 * split.poll(), 100 * split.process(),
                100 * split.commit(), 100 * split.punctuate());
    }

    private static void appendProfile(StringBuilder md, String service, String scenario, HotMethods profile) {
        md.append(String.format(Locale.ROOT, "## Where %s's CPU goes at maximum rate (%s; JFR, %d execution "
                + "samples during the replay)%n%n", service, scenario, profile.samples()));
        md.append("Inclusive share of samples: ");
        md.append(String.join(", ", profile.areaShares().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100 * e.getValue())).toList()));
        md.append(".\n\n| self samples | method |\n|---:|---|\n");
        profile.topMethods().forEach((method, count) -> md.append("| ").append(count).append(" | `").append(method)
                .append("` |\n"));
        md.append('\n');
    }
}
