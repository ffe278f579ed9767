package io.newsenrich.systest;

import static io.newsenrich.systest.Clients.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * enrich and sink run as separate JVMs, as in production, and each is killed with SIGKILL in the middle of a run
 * (no commit, an open transaction left behind) and started again on the same state: still exactly once. ingest,
 * killed mid-replay, is simply run again on the same folder: the sink curates each article once.
 */
class KillAndRestartIT {

    private static final int ARTICLES = 3_000;
    private static final int PER_SECOND = 150;
    private static final int KILL_ENRICH_AT = 500;
    private static final int KILL_SINK_AT = 1_500;
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final Path LOGS = Path.of("target", "child-logs");
    private static final String INGEST_MAIN = "io.newsenrich.ingest.cli.IngestCommand";

    @TempDir
    Path state;

    @Test
    void servicesKilledMidRunAndRestartedCurateEveryArticleExactlyOnce() throws Exception {
        List<RawArticle> articles = Corpus.variants(ARTICLES);
        long started = System.nanoTime();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Properties clientProps = properties(kafka.clientProperties());
            List<ChildService> children = new ArrayList<>();
            try {
                ChildService enrich = start(children, Service.ENRICH, kafka, "--text-core", "PASS_THROUGH");
                ChildService sink = start(children, Service.SINK, kafka);
                try (PacedProducer producer = PacedProducer.start(kafka.clientProperties(), articles, PER_SECOND)) {
                    CuratedCheck.awaitAtLeast(clientProps, KILL_ENRICH_AT, DEADLINE);
                    enrich.kill();
                    start(children, Service.ENRICH, kafka, "--text-core", "PASS_THROUGH");
                    CuratedCheck.awaitAtLeast(clientProps, KILL_SINK_AT, DEADLINE);
                    sink.kill();
                    start(children, Service.SINK, kafka);
                    producer.awaitDone(DEADLINE);
                }
                CuratedCheck check = CuratedCheck.read(clientProps, articles.stream().map(RawArticle::id).toList(),
                        DEADLINE);
                System.out.printf("Kill: enrich killed after %d curated, sink killed after %d curated, %d s%n",
                        KILL_ENRICH_AT, KILL_SINK_AT, Duration.ofNanos(System.nanoTime() - started).toSeconds());
                check.printAndAssertExactlyOnce("Kill and restart");
            } finally {
                for (ChildService child : children) {
                    child.close();
                }
            }
        }
    }

    @Test
    void ingestKilledMidReplayAndRunAgainGivesEveryArticleOnce(@TempDir Path folder) throws Exception {
        List<RawArticle> articles = Corpus.variants(ARTICLES);
        for (RawArticle article : articles) {
            Files.writeString(folder.resolve(article.id() + ".txt"), article.text());
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             var enrich = Service.ENRICH.start(kafka.bootstrapServers(), state, "--text-core", "PASS_THROUGH");
             var sink = Service.SINK.start(kafka.bootstrapServers(), state)) {
            Properties clientProps = properties(kafka.clientProperties());
            List<String> ingestArgs = List.of("--bootstrap-server", kafka.bootstrapServers(), folder.toString());
            ChildService first = ChildService.start("ingest", INGEST_MAIN, ingestArgs, LOGS);
            try {
                Await.until("ingest published something", DEADLINE, () -> rawRecords(kafka) > 0);
            } finally {
                first.kill();
            }
            long publishedBeforeKill = rawRecords(kafka);
            ChildService second = ChildService.start("ingest", INGEST_MAIN, ingestArgs, LOGS);
            assertThat(second.awaitExit(DEADLINE)).as("the replay's exit code").isZero();

            CuratedCheck check = CuratedCheck.read(clientProps, articles.stream().map(RawArticle::id).toList(),
                    DEADLINE);
            System.out.printf("Ingest kill: killed after %d of %d raw records, replayed the folder%n",
                    publishedBeforeKill, ARTICLES);
            check.printAndAssertExactlyOnce("Ingest kill and replay");
        }
    }

    private static long rawRecords(EmbeddedKafka kafka) {
        try (Admin admin = kafka.admin()) {
            var partitions = admin.describeTopics(List.of(Topics.RAW.name())).allTopicNames().get()
                    .get(Topics.RAW.name()).partitions().stream()
                    .map(p -> new TopicPartition(Topics.RAW.name(), p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (ExecutionException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private ChildService start(List<ChildService> children, Service service, EmbeddedKafka kafka, String... args)
            throws Exception {
        List<String> all = new ArrayList<>(List.of("--partitions", "2",
                // a killed member never leaves the group: a short session lets the restarted one take over quickly
                "-X", "session.timeout.ms=6000"));
        all.addAll(List.of(args));
        ChildService child = ChildService.start(service,
                service.runArgs(kafka.bootstrapServers(), state, all.toArray(String[]::new)), LOGS);
        children.add(child);
        return child;
    }
}
