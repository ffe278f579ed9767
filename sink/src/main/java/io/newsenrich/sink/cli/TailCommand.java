package io.newsenrich.sink.cli;

import io.newsenrich.cli.KafkaOptions;
import io.newsenrich.sink.CuratedTail;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sink tail}: prints curated records as JSON lines (committed records only) until interrupted. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print curated records as JSON lines (read_committed), like a downstream consumer sees them.")
final class TailCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--topic", defaultValue = "articles.curated", paramLabel = "TOPIC",
            description = "Curated topic (env APP_TOPIC). Default: ${DEFAULT-VALUE}")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones only")
    boolean fromBeginning;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the lines to FILE instead of stdout")
    Path out;

    @Option(names = "--max-records", paramLabel = "N", defaultValue = "-1",
            description = "Stop after N records (-1: never). Default: ${DEFAULT-VALUE}")
    long maxRecords;

    @Override
    public Integer call() throws IOException {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.set(false);
            try {
                main.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Properties props = kafka.clientProperties(new Properties(), System.getenv());
        long printed = 0;
        try (OutputStream sink = out == null ? new FileOutputStream(FileDescriptor.out) : Files.newOutputStream(out);
             PrintStream lines = new PrintStream(sink, true, StandardCharsets.UTF_8);
             CuratedTail tail = new CuratedTail(props, topic, fromBeginning, Duration.ofSeconds(30))) {
            while (running.get() && (maxRecords < 0 || printed < maxRecords)) {
                for (var record : tail.poll(Duration.ofMillis(500))) {
                    lines.println(record.value());
                    if (++printed == maxRecords) {
                        break;
                    }
                }
            }
        }
        return 0;
    }
}
