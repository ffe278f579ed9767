package io.newsenrich.ingest.cli;

import io.newsenrich.cli.Cli;
import io.newsenrich.cli.KafkaOptions;
import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.ingest.Ingest;
import io.newsenrich.ingest.IngestReport;
import io.newsenrich.ingest.KafkaUnavailableException;
import io.newsenrich.ingest.files.ArticleFile;
import io.newsenrich.ingest.files.ArticleFiles;
import io.newsenrich.ingest.files.ArticleReader;
import io.newsenrich.ingest.files.FolderWatch;
import io.newsenrich.kafka.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The ingest service: reads article text files (folders recursively, {@code -} for stdin) and publishes one JSON
 * {@link io.newsenrich.model.RawArticle} per article to {@code articles.raw}, keyed by article id. Exit code 0 when
 * every input was sent, 1 when some were skipped (each reported with its reason), 2 when nothing could be done.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, version = "ingest 0.1.0",
        description = "Publish article text files to the raw topic. Safe to repeat: the sink curates each text once.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input sent", "1:some inputs skipped (see the report)",
                "2:nothing sent: Kafka unreachable or bad arguments"})
public final class IngestCommand implements Callable<Integer> {

    static final int SOME_SKIPPED = 1;
    static final int FATAL = 2;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--topic", defaultValue = "articles.raw", paramLabel = "TOPIC",
            description = "Raw topic (env APP_TOPIC). Default: ${DEFAULT-VALUE}")
    String topic;

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "N",
            description = "Partitions when the topic must be created (env APP_PARTITIONS). Default: ${DEFAULT-VALUE}")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", paramLabel = "N",
            description = "Replication factor when the topic must be created (env APP_REPLICATION_FACTOR). "
                    + "Default: ${DEFAULT-VALUE}")
    short replicationFactor;

    @Option(names = "--timeout", defaultValue = "PT30S", paramLabel = "DURATION",
            description = "How long to wait for Kafka before giving up, ISO-8601 (env APP_TIMEOUT). "
                    + "Default: ${DEFAULT-VALUE}")
    Duration timeout;

    @Option(names = "--lenient-utf8",
            description = "Publish files that are not valid UTF-8 with bad bytes replaced, instead of skipping them")
    boolean lenientUtf8;

    @Option(names = "--max-article-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES, paramLabel = "BYTES",
            description = "Skip (and report) articles larger than this; keep it under the broker's "
                    + "message.max.bytes (env APP_MAX_ARTICLE_BYTES). Default: ${DEFAULT-VALUE}")
    long maxArticleBytes;

    @Option(names = "--stdin-id", defaultValue = "stdin", paramLabel = "ID",
            description = "Article id of the text read from '-' (stdin). Default: ${DEFAULT-VALUE}")
    String stdinId;

    @Option(names = "--watch",
            description = "After publishing PATHs, keep watching the folders among them (and their sub-folders) and "
                    + "publish files as they are created or changed, until stopped (SIGTERM, Ctrl-C)")
    boolean watch;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files or folders (read recursively); '-' reads one article from stdin")
    List<String> paths;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(Cli.execute(new IngestCommand(), args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(Clock.systemUTC(), lenientUtf8, maxArticleBytes);
        List<Path> files;
        try {
            files = ArticleFiles.expand(paths.stream().filter(p -> !p.equals("-")).map(Path::of).toList());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("ingest: " + e.getMessage());
            return FATAL;
        }
        Supplier<ArticleFile> stdin = paths.contains("-") ? () -> readStdin(reader) : null;
        try {
            IngestReport report = Ingest.run(files, stdin, reader, target(), TerminalProgress.forRun(err, files.size()));
            err.println(report.summary());
            err.flush();
            if (watch) {
                return watchFolders(reader, err);
            }
            return report.complete() ? 0 : SOME_SKIPPED;
        } catch (KafkaUnavailableException e) {
            err.println("ingest: " + e.getMessage());
            return FATAL;
        }
    }

    private int watchFolders(ArticleReader reader, PrintWriter err) throws InterruptedException {
        List<Path> folders = paths.stream().filter(p -> !p.equals("-")).map(Path::of).filter(Files::isDirectory)
                .toList();
        if (folders.isEmpty()) {
            err.println("ingest: --watch needs at least one folder among the paths");
            return FATAL;
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            try {
                main.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        err.println("ingest: watching " + folders + "; stop with Ctrl-C");
        err.flush();
        try (FolderWatch folderWatch = new FolderWatch(folders, Duration.ofMillis(500))) {
            Ingest.watch(folderWatch, reader, target(), running::get, batch -> {
                err.println(batch.summary());
                err.flush();
            });
            return 0;
        } catch (IOException e) {
            err.println("ingest: cannot watch " + folders + ": " + e.getMessage());
            return FATAL;
        }
    }

    /** The target this command's options describe; the local pipeline builds the same. */
    public Ingest.Target target() {
        return new Ingest.Target(kafka.clientProperties(StreamsDefaults.producer(), System.getenv()),
                Topics.RAW.named(topic), partitions, replicationFactor, timeout);
    }

    private ArticleFile readStdin(ArticleReader reader) {
        try {
            return reader.fromBytes(stdinId, "stdin", System.in.readAllBytes());
        } catch (IOException e) {
            return new ArticleFile.Skipped("stdin", "not readable: " + e.getMessage());
        }
    }
}
