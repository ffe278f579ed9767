package io.newsenrich.bench.e2e;

import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.ingest.Ingest;
import io.newsenrich.ingest.IngestReport;
import io.newsenrich.ingest.files.ArticleFiles;
import io.newsenrich.ingest.files.ArticleReader;
import io.newsenrich.kafka.Topics;
import io.newsenrich.testkit.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Runs one scenario from scratch: a fresh embedded broker in this JVM, enrich and sink as child JVMs, a
 * {@link WarmUp} at full speed (so that the measurement meets services whose JIT has settled), then the measured
 * variants replayed through {@link Ingest} (paced or not) and the curated topic read until every article arrived.
 * Nothing carries over between scenarios.
 */
final class ScenarioRunner {

    private static final Duration INGEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The test brokers roll a log segment every MiB to stay small; at a few MB/s that rolled segments every second
     * and kept the log cleaner compacting the curated topic and the sink's changelog during the measurement, a cost
     * a production broker (1 GiB segments) does not pay. The benchmark broker uses Kafka's own segment size.
     */
    static final Map<String, String> BROKER_SETTINGS = Map.of("log.segment.bytes", String.valueOf(1 << 30));

    /** Where the service jars are, how the services run, and where their logs and recordings go. */
    record Setup(Path enrichJar, Path sinkJar, int partitions, int threads, Map<String, String> serviceProperties,
                 Path workDir, Duration timeout) {
    }

    private final Setup setup;
    private final WarmUp warmUp;
    private final VariantCorpus measured;

    ScenarioRunner(Setup setup, WarmUp warmUp, VariantCorpus measured) {
        this.setup = setup;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** The scenario's measurements, plus where its services' flight recordings are. */
    record Outcome(ScenarioResult result, Path enrichRecording, Path sinkRecording) {
    }

    Outcome run(Scenario scenario) throws IOException, InterruptedException, TimeoutException {
        Path work = Files.createDirectories(setup.workDir().resolve(scenario.name()));
        try (EmbeddedKafka kafka = EmbeddedKafka.start(BROKER_SETTINGS)) {
            String bootstrap = kafka.bootstrapServers();
            List<String> enrichArgs = serviceArgs(bootstrap, work.resolve("enrich-state"));
            enrichArgs.addAll(List.of("--text-core", scenario.textCore()));
            try (ServiceProcess enrich = ServiceProcess.start("enrich", setup.enrichJar(), enrichArgs, work);
                 ServiceProcess sink = ServiceProcess.start("sink", setup.sinkJar(),
                         serviceArgs(bootstrap, work.resolve("sink-state")), work)) {
                enrich.awaitReady();
                sink.awaitReady();
                ScenarioResult result = replay(scenario, bootstrap, enrich, sink, work.resolve("timings.csv"));
                return new Outcome(result, enrich.recording(), sink.recording());
            }
        }
    }

    private ScenarioResult replay(Scenario scenario, String bootstrap, ServiceProcess enrich, ServiceProcess sink,
                                  Path timingsFile) throws IOException, InterruptedException, TimeoutException {
        Properties client = new Properties();
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (CuratedCollector collector = new CuratedCollector(client, Topics.CURATED.name())) {
            int rounds = warmUp(client, collector, enrich, sink);
            return measure(scenario, rounds, client, collector, enrich, sink, timingsFile);
        }
    }

    /** Replays warm-up rounds until the JIT has settled; the number of rounds replayed. */
    private int warmUp(Properties client, CuratedCollector collector, ServiceProcess enrich, ServiceProcess sink)
            throws IOException, InterruptedException, TimeoutException {
        if (warmUp.articlesPerRound() == 0) {
            return 0;
        }
        int quietInARow = 0;
        for (int round = 1; ; round++) {
            Duration enrichJit = enrich.jitCpuTime();
            Duration sinkJit = sink.jitCpuTime();
            long start = System.nanoTime();
            VariantCorpus variants = warmUp.round(round);
            ingest(client, variants, Ingest.Progress.NONE);
            collector.await(variants.idPrefix(), variants.articles(), setup.timeout());
            double wall = (System.nanoTime() - start) / 1e9;
            Duration jit = max(enrich.jitCpuTime().minus(enrichJit), sink.jitCpuTime().minus(sinkJit));
            quietInARow = warmUp.quiet(jit.toNanos() / 1e9, wall) ? quietInARow + 1 : 0;
            if (round == warmUp.maxRounds() || quietInARow == warmUp.quietRounds()) {
                return round;
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private ScenarioResult measure(Scenario scenario, int warmUpRounds, Properties client, CuratedCollector collector,
                                   ServiceProcess enrich, ServiceProcess sink, Path timingsFile)
            throws IOException, InterruptedException, TimeoutException {
        try (MetricsSampler enrichMetrics = new MetricsSampler(enrich.httpPort());
             MetricsSampler sinkMetrics = new MetricsSampler(sink.httpPort())) {
            Duration enrichCpu = enrich.cpuTime();
            Duration sinkCpu = sink.cpuTime();
            Duration harnessCpu = ownCpuTime();
            Duration enrichJit = enrich.jitCpuTime();
            Duration sinkJit = sink.jitCpuTime();
            IngestReport report = ingest(client, measured,
                    scenario.paced() ? new PacedProgress(scenario.rate()) : Ingest.Progress.NONE);
            List<ArticleTiming> timings = collector.await(measured.idPrefix(), report.sent(), setup.timeout());
            ResultsTable.writeTimings(timings, timingsFile);
            var resources = new ScenarioResult.Resources(enrichMetrics.peakHeapBytes(), sinkMetrics.peakHeapBytes(),
                    enrich.cpuTime().minus(enrichCpu), sink.cpuTime().minus(sinkCpu),
                    ownCpuTime().minus(harnessCpu), enrich.jitCpuTime().minus(enrichJit),
                    sink.jitCpuTime().minus(sinkJit), enrichMetrics.meanSplit(), sinkMetrics.meanSplit());
            return ScenarioResult.of(scenario, timings, collector.duplicates(), measured.meanUtf8Bytes(), resources,
                    warmUpRounds);
        }
    }

    /** Publishes every file of {@code variants}; fails if one is skipped, since the count to wait for would be off. */
    private IngestReport ingest(Properties client, VariantCorpus variants, Ingest.Progress progress)
            throws InterruptedException {
        Properties producer = StreamsDefaults.producer();
        producer.putAll(client);
        Ingest.Target target = new Ingest.Target(producer, Topics.RAW, setup.partitions(), (short) 1,
                INGEST_TIMEOUT);
        ArticleReader reader = new ArticleReader(Clock.systemUTC(), false, ArticleReader.DEFAULT_MAX_BYTES);
        IngestReport report = Ingest.run(ArticleFiles.expand(List.of(variants.dir())), null, reader, target, progress);
        if (!report.complete()) {
            throw new IllegalStateException("ingest did not publish every variant: " + report.summary());
        }
        return report;
    }

    private List<String> serviceArgs(String bootstrap, Path stateDir) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--state-dir",
                stateDir.toString(), "--partitions", String.valueOf(setup.partitions()), "--threads",
                String.valueOf(setup.threads())));
        setup.serviceProperties().forEach((key, value) -> args.addAll(List.of("-X", key + "=" + value)));
        return args;
    }

    private static Duration ownCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
