package io.newsenrich.local;

import io.newsenrich.cli.Cli;
import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.ingest.Ingest;
import io.newsenrich.ingest.IngestReport;
import io.newsenrich.ingest.files.ArticleFiles;
import io.newsenrich.ingest.files.ArticleReader;
import io.newsenrich.kafka.Topics;
import io.newsenrich.sink.CuratedTail;
import io.newsenrich.testkit.EmbeddedKafka;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The whole pipeline on one machine with nothing installed but a JDK: an embedded single-node KRaft broker, enrich
 * and sink as in production, ingest replaying a folder, and the curated topic printed as JSON lines on stdout (logs
 * on stderr). Exits 0 once every published article is curated, unless {@code --follow} keeps it running.
 */
@Command(name = "pipeline-local", mixinStandardHelpOptions = true, version = "pipeline-local 0.1.0",
        description = "Run ingest -> enrich -> sink on an embedded Kafka broker and print the curated records.")
public final class LocalPipeline implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "seeds",
            description = "Article files or folders to replay. Default: ${DEFAULT-VALUE}")
    List<Path> paths;

    @Option(names = "--follow", description = "Keep running after the replay and print curated records as they come")
    boolean follow;

    @Option(names = "--timeout", defaultValue = "PT120S", paramLabel = "DURATION",
            description = "Give up when the replay is not curated within this time. Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Spec
    CommandSpec spec;

    private final AtomicBoolean stopping = new AtomicBoolean();

    public static void main(String[] args) {
        System.exit(Cli.execute(new LocalPipeline(), args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path stateDir = Files.createTempDirectory("newsenrich-local-state");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String bootstrap = kafka.bootstrapServers();
            err.println("pipeline-local: embedded Kafka at " + bootstrap);
            err.flush();
            try (PipelineServices services = PipelineServices.start(bootstrap, stateDir)) {
                IngestReport report = ingest(bootstrap, paths);
                err.println("pipeline-local: " + report.summary());
                err.flush();
                if (follow) {
                    err.println("pipeline-local: following; ingest more with --bootstrap-server " + bootstrap
                            + ", stop with Ctrl-C");
                    err.flush();
                    stopOnShutdown();
                }
                int curated = printCurated(bootstrap, report.sent(), out);
                return curated >= report.sent() && report.complete() ? 0 : 1;
            }
        }
    }

    /** Replays {@code paths} with ingest's reliability defaults; shared with the end-to-end tests. */
    static IngestReport ingest(String bootstrap, List<Path> paths) throws InterruptedException {
        Properties props = StreamsDefaults.producer();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Ingest.Target target = new Ingest.Target(props, Topics.RAW, 1, (short) 1, Duration.ofSeconds(30));
        ArticleReader reader = new ArticleReader(Clock.systemUTC(), false, ArticleReader.DEFAULT_MAX_BYTES);
        return Ingest.run(ArticleFiles.expand(paths), null, reader, target, Ingest.Progress.NONE);
    }

    /** Ctrl-C ends the follow loop; the main thread then closes the services and the broker in order. */
    private void stopOnShutdown() {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            try {
                main.join(Duration.ofSeconds(60).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    /** Prints curated records until {@code expected} distinct articles were seen (or forever with --follow). */
    private int printCurated(String bootstrap, int expected, PrintStream out) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (CuratedTail tail = new CuratedTail(props, Topics.CURATED.name(), true, timeout)) {
            while (!stopping.get() && (follow || (seen.size() < expected && System.nanoTime() < deadline))) {
                for (var record : tail.poll(Duration.ofMillis(200))) {
                    out.println(record.value());
                    seen.add(record.key());
                }
            }
        }
        return seen.size();
    }
}
