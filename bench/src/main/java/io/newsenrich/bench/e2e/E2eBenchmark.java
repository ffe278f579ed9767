package io.newsenrich.bench.e2e;

import io.newsenrich.bench.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The end-to-end benchmark ({@code bench/run-e2e.sh}): replays corpus variants through ingest, enrich and sink on a
 * real broker, first with enrich's text core replaced by the pass-through baseline, then with the rules at maximum
 * rate (that pair {@code --pairs} times), then at half the median rate the rules sustained; writes a CSV table, a
 * chart and a markdown summary.
 */
@Command(name = "run-e2e", mixinStandardHelpOptions = true,
        description = "End-to-end throughput, latency and heap of ingest -> enrich -> sink on a local broker.")
public final class E2eBenchmark implements Callable<Integer> {

    private static final int TOP_METHODS = 12;
    private static final int MAX_DEFAULT_WARM_UP = 10_000;

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N",
            description = "Articles replayed per scenario. Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--warm-up-articles", paramLabel = "N",
            description = "Articles per warm-up round, replayed at full speed before each measurement until the "
                    + "services' JIT compilers stay quiet for two rounds. Default: a quarter of --articles, "
                    + "at most 10000")
    Integer warmUpArticles;

    @Option(names = "--warm-up-rounds", defaultValue = "20", paramLabel = "N",
            description = "Warm-up rounds at most, settled or not. Default: ${DEFAULT-VALUE}")
    int warmUpRounds;

    @Option(names = "--pairs", defaultValue = "1", paramLabel = "N",
            description = "Pass-through and pipeline scenarios at maximum rate run back to back this many times; "
                    + "the summary gives each pair's ratio and their median, and the half load is half the median "
                    + "pipeline rate. Default: ${DEFAULT-VALUE}")
    int pairs;

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "N",
            description = "Partitions of every topic. Default: ${DEFAULT-VALUE}")
    int partitions;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Stream threads of each service. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--project-root", defaultValue = ".", paramLabel = "DIR",
            description = "Checkout whose enrich/target/enrich.jar and sink/target/sink.jar run. Default: the "
                    + "current folder")
    Path projectRoot;

    @Option(names = "--shared-dir", paramLabel = "DIR",
            description = "Shared folder holding corpus/. Default: ../shared beside the project root")
    Path sharedDir;

    @Option(names = "--timeout", defaultValue = "PT1H", paramLabel = "DURATION",
            description = "Give up on a scenario whose articles are not all curated within this. "
                    + "Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Option(names = {"-X", "--service-property"}, paramLabel = "KEY=VALUE",
            description = "A Kafka Streams or client property given to both services in every scenario, e.g. "
                    + "-X commit.interval.ms=50 (repeatable); listed in the summary")
    Map<String, String> serviceProperties = new LinkedHashMap<>();

    @Option(names = "--note", defaultValue = "", paramLabel = "TEXT",
            description = "Added to the summary, e.g. what else ran on the machine")
    String note;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new E2eBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        // refused before minutes of corpus writing and warm-up, not after
        if (pairs < 1 || articles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pairs and --articles must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path root = projectRoot.toAbsolutePath().normalize();
        Path shared = sharedDir != null ? sharedDir : root.resolveSibling("shared");
        Path results = Files.createDirectories(root.resolve("bench/results"));
        Path work = root.resolve("bench/target/e2e");
        deleteRecursively(work);
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC));
        String loadAtStart = loadAverage();

        Corpus corpus = Corpus.load(shared.resolve("corpus"));
        int warmUpCount = warmUpArticles != null ? warmUpArticles : Math.min(MAX_DEFAULT_WARM_UP, articles / 4);
        WarmUp warmUp = new WarmUp(corpus, articles, warmUpCount, warmUpRounds, work.resolve("warm-up"));
        VariantCorpus variants = VariantCorpus.write(corpus, "e2e-", 0, articles,
                Files.createDirectories(work.resolve("corpus")));
        ScenarioRunner runner = new ScenarioRunner(new ScenarioRunner.Setup(root.resolve("enrich/target/enrich.jar"),
                root.resolve("sink/target/sink.jar"), partitions, threads, serviceProperties, work, timeout),
                warmUp, variants);

        List<ScenarioResult> passThroughs = new ArrayList<>();
        List<ScenarioRunner.Outcome> pipelines = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            String suffix = pairs == 1 ? "" : "-" + pair;
            passThroughs.add(run(runner, err,
                    Scenario.atMaximumRate("pass-through-max" + suffix, Scenario.PASS_THROUGH)).result());
            pipelines.add(run(runner, err, Scenario.atMaximumRate("pipeline-max" + suffix, Scenario.RULES)));
        }
        MaximumRatePairs maximum = new MaximumRatePairs(passThroughs,
                pipelines.stream().map(ScenarioRunner.Outcome::result).toList());
        ScenarioResult pipeline = maximum.medianPipeline();
        ScenarioRunner.Outcome pipelineMax = pipelines.stream().filter(o -> o.result() == pipeline).findFirst()
                .orElseThrow();
        ScenarioResult half = run(runner, err,
                new Scenario("pipeline-half", Scenario.RULES, pipeline.articlesPerSecond() / 2)).result();
        deleteRecursively(variants.dir());
        deleteRecursively(warmUp.dir());

        Map<String, HotMethods> profiles = new LinkedHashMap<>();
        profiles.put("enrich", HotMethods.read(pipelineMax.enrichRecording(), pipeline.replay(), TOP_METHODS));
        profiles.put("sink", HotMethods.read(pipelineMax.sinkRecording(), pipeline.replay(), TOP_METHODS));

        int cores = Runtime.getRuntime().availableProcessors();
        List<ScenarioResult> all = new ArrayList<>(maximum.inRunOrder());
        all.add(half);
        Path csv = results.resolve("e2e-" + stamp + ".csv");
        Path png = results.resolve("e2e.png");
        Path md = results.resolve("e2e-summary.md");
        ResultsTable.writeCsv(all, csv);
        E2eChart.write(png, String.format("newsenrich end to end: %,d articles per scenario, %d cores, %s",
                articles, cores, stamp), all);
        Summary.write(md, new Summary.Conditions(stamp, cores, loadAtStart, loadAverage(), articles, warmUp,
                corpus.size(),
                variants.meanUtf8Bytes(), partitions, threads, serviceProperties, note), all, maximum, profiles);
        err.printf("results: %s%nchart: %s%nsummary: %s%nlogs and flight recordings: %s%n", csv, png, md, work);
        return 0;
    }

    private static ScenarioRunner.Outcome run(ScenarioRunner runner, PrintWriter err, Scenario scenario)
            throws Exception {
        err.printf("run-e2e: %s (%s, %s)...%n", scenario.name(), scenario.textCore(),
                scenario.paced() ? String.format("%.0f articles/s", scenario.rate()) : "maximum rate");
        err.flush();
        ScenarioRunner.Outcome outcome = runner.run(scenario);
        ScenarioResult r = outcome.result();
        err.printf("run-e2e: %s: %.0f articles/s, latency p50 %.0f ms, p99 %.0f ms%n", r.scenario(),
                r.articlesPerSecond(), r.p50(), r.p99());
        err.flush();
        return outcome;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).split(" ");
        return String.join(" ", fields[0], fields[1], fields[2]);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
