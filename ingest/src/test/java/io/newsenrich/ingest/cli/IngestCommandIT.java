package io.newsenrich.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsenrich.testkit.EmbeddedKafka;
import io.newsenrich.testkit.TopicReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
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

    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(Map.of("message.max.bytes", String.valueOf(BROKER_MESSAGE_LIMIT)));
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
