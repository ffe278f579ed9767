package io.newsenrich.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsenrich.ingest.Ingest;
import io.newsenrich.ingest.IngestReport;
import io.newsenrich.ingest.files.ArticleReader;
import io.newsenrich.ingest.files.FolderWatch;
import io.newsenrich.kafka.Topics;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.KafkaBroker;
import io.newsenrich.testkit.TestBrokers;
import io.newsenrich.testkit.TopicReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest command against a real broker: bad inputs are reported one by one and everything else delivered. */
class IngestCommandIT {

    /** Small enough that a test article can exceed it without a megabyte of test data. */
    private static final int BROKER_MESSAGE_LIMIT = 200_000;

    private static KafkaBroker kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        kafka = TestBrokers.single(Map.of("message.max.bytes", String.valueOf(BROKER_MESSAGE_LIMIT)));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    record Run(int exitCode, String err) {
    }

    private static Run ingest(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, err.toString());
    }

    private static List<String> keys(String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return TopicReader.readCommitted(props, topic, expected, Duration.ofMillis(500), Duration.ofSeconds(30))
                .stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    /** Random letters: the producer compresses batches, so a repeated character would fit any limit. */
    private static String incompressibleText(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }

    @Test
    void badFilesAreReportedOneByOneAndEveryGoodFileIsDelivered() throws IOException {
        Files.writeString(dir.resolve("good-1.txt"), "Headline\n\nA body.");
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/good-2.txt"), "Another\n\nBody two.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("huge.txt"), incompressibleText(3 * BROKER_MESSAGE_LIMIT));

        Run run = ingest("--bootstrap-server", kafka.bootstrapServers(), "--topic", "ingest-bad", dir.toString());

        assertThat(run.exitCode()).isEqualTo(IngestCommand.SOME_SKIPPED);
        assertThat(run.err()).contains("sent 2, skipped 4")
                .containsPattern("skipped .*empty.txt: empty file")
                .containsPattern("skipped .*image.png: binary file")
                .containsPattern("skipped .*latin1.txt: not valid UTF-8")
                .containsPattern("skipped .*huge.txt: refused by Kafka");
        assertThat(keys("ingest-bad", 2)).containsExactlyInAnyOrder("good-1", "good-2");
    }

    @Test
    void watchedFolderPublishesFilesAsTheyArrive() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        IngestCommand command = new IngestCommand();
        new CommandLine(command).parseArgs("--bootstrap-server", kafka.bootstrapServers(), "--topic", "ingest-watch",
                inbox.toString());
        AtomicBoolean running = new AtomicBoolean(true);
        List<IngestReport> batches = new CopyOnWriteArrayList<>();
        try (FolderWatch watch = new FolderWatch(List.of(inbox), Duration.ofMillis(300))) {
            Thread watcher = new Thread(() -> {
                try {
                    Ingest.watch(watch, new ArticleReader(Clock.systemUTC(), false, ArticleReader.DEFAULT_MAX_BYTES),
                            command.target(), running::get, batches::add);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            watcher.start();
            Files.writeString(inbox.resolve("late.txt"), "Headline\n\nArrived while ingest was watching.");
            Files.write(inbox.resolve("empty.txt"), new byte[0]);

            Await.until("the new files are handled", Duration.ofSeconds(30),
                    () -> batches.stream().mapToInt(IngestReport::inputs).sum() >= 2);
            running.set(false);
            watcher.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(batches.stream().mapToInt(IngestReport::sent).sum()).isEqualTo(1);
        assertThat(batches.stream().flatMap(b -> b.skipped().stream()).map(IngestReport.Skip::reason))
                .containsExactly("empty file");
        assertThat(keys("ingest-watch", 1)).containsExactly("late");
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Headline\n\nBody.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reads");

        Run run = ingest("--bootstrap-server", kafka.bootstrapServers(), "--topic", "ingest-unreadable",
                dir.toString());

        assertThat(run.exitCode()).isEqualTo(IngestCommand.SOME_SKIPPED);
        assertThat(run.err()).containsPattern("skipped .*secret.txt: not readable");
    }

    @Test
    void thousandsOfFilesAreAllDeliveredOnce() throws IOException {
        int files = 2_000;
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve(String.format("a-%05d.txt", i)), "Headline " + i + "\n\nBody " + i + ".");
        }

        Run run = ingest("--bootstrap-server", kafka.bootstrapServers(), "--topic", "ingest-many", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("sent " + files + ", skipped 0");
        List<String> keys = keys("ingest-many", files);
        assertThat(keys).hasSize(files).doesNotHaveDuplicates();
    }

    @Test
    void fileRemovedMidScanIsReportedAndTheOthersDelivered() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(Files.writeString(dir.resolve("scan-" + i + ".txt"), "Headline " + i + "\n\nBody " + i + "."));
        }
        // the scan listed every file; the second disappears while the first is being sent
        Ingest.Progress removeSecondAfterFirst = (done, total) -> {
            if (done == 1) {
                try {
                    Files.delete(files.get(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());

        IngestReport report = Ingest.run(files, null,
                new ArticleReader(Clock.systemUTC(), false, ArticleReader.DEFAULT_MAX_BYTES),
                new Ingest.Target(props, Topics.RAW.named("ingest-removed"), 1, (short) 1, Duration.ofSeconds(30)),
                removeSecondAfterFirst);

        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.skipped()).extracting(IngestReport.Skip::reason)
                .containsExactly("removed before it could be read");
        assertThat(keys("ingest-removed", 2)).containsExactlyInAnyOrder("scan-0", "scan-2");
    }

    @Test
    void unreachableBrokerGivesAClearErrorWithinTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nBody.");
        long started = System.nanoTime();

        Run run = ingest("--bootstrap-server", "127.0.0.1:" + closedPort, "--timeout", "PT3S", dir.toString());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(run.exitCode()).isEqualTo(IngestCommand.FATAL);
        assertThat(run.err()).contains("cannot reach Kafka at 127.0.0.1:" + closedPort + " within 3 s");
    }

    @Test
    void missingPathIsAUsageError() {
        Run run = ingest("--bootstrap-server", kafka.bootstrapServers(), dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(IngestCommand.FATAL);
        assertThat(run.err()).contains("no such file or folder");
    }
}
