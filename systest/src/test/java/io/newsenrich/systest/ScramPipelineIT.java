package io.newsenrich.systest;

import static io.newsenrich.systest.Clients.properties;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import io.newsenrich.testkit.EmbeddedKafka;
import io.newsenrich.testkit.ScramUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * ingest -> enrich -> sink against a broker whose listener requires SASL/SCRAM, with the credentials passed as an
 * operator passes them ({@code -X key=value}); every log line the run writes is captured and none holds the
 * password.
 */
class ScramPipelineIT {

    private static final String PASSWORD = "Pw-7fQ2x9-not-for-logs";
    private static final ScramUser USER = new ScramUser("newsenrich", PASSWORD);
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    /** Loggers raised to INFO for the test, so that the clients' configuration dumps are captured too. */
    private static final List<String> CAPTURED_LOGGERS = List.of("io.newsenrich", "org.apache.kafka", "kafka");

    @TempDir
    Path state;

    @TempDir
    Path input;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Map<String, Level> savedLevels = new HashMap<>();
    private final List<Appender<ILoggingEvent>> consoles = new ArrayList<>();

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.iteratorForAppenders().forEachRemaining(consoles::add);
        consoles.forEach(root::detachAppender);
        for (String name : CAPTURED_LOGGERS) {
            Logger logger = context.getLogger(name);
            savedLevels.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restoreLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        consoles.forEach(root::addAppender);
        savedLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void pipelineRunsOverScramAndNoLogLineHoldsThePassword() throws Exception {
        List<String> securityArgs = new ArrayList<>();
        USER.clientProperties().forEach((key, value) -> securityArgs.addAll(List.of("-X", key + "=" + value)));
        List<String> ids = new ArrayList<>();
        for (RawArticle article : Corpus.variants(20)) {
            Files.writeString(input.resolve(article.id() + ".txt"), article.text());
            ids.add(article.id());
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.startWithScram(USER);
             StreamsService enrich = Service.ENRICH.start(kafka.bootstrapServers(), state,
                     withPartitions(securityArgs));
             StreamsService sink = Service.SINK.start(kafka.bootstrapServers(), state,
                     withPartitions(securityArgs))) {
            List<String> ingestArgs = new ArrayList<>(securityArgs);
            ingestArgs.add(input.toString());
            String report = Ingestion.run(kafka.bootstrapServers(), ingestArgs);
            CuratedCheck check = CuratedCheck.read(properties(kafka.clientProperties()), ids, DEADLINE);

            List<String> lines;
            // Kafka's threads go on logging while the list is read; the appender appends under this lock
            synchronized (logs) {
                lines = logs.list.stream().map(ScramPipelineIT::fullText).toList();
            }
            long leaking = lines.stream().filter(line -> line.contains(PASSWORD)).count();
            long jaasLines = lines.stream().filter(line -> line.contains("sasl.jaas.config")).count();
            System.out.printf("SCRAM: %d log lines captured, %d show sasl.jaas.config, %d hold the password%n",
                    lines.size(), jaasLines, leaking);
            check.printAndAssertExactlyOnce("SCRAM");
            assertThat(jaasLines).as("the effective configuration was logged").isPositive();
            assertThat(lines).noneMatch(line -> line.contains(PASSWORD));
            assertThat(report).doesNotContain(PASSWORD);
        }
    }

    private static String[] withPartitions(List<String> securityArgs) {
        List<String> args = new ArrayList<>(List.of("--partitions", "1"));
        args.addAll(securityArgs);
        return args.toArray(String[]::new);
    }

    private static String fullText(ILoggingEvent event) {
        String text = event.getFormattedMessage();
        return event.getThrowableProxy() == null ? text
                : text + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }
}
