package io.newsenrich.systest;

import static io.newsenrich.systest.Clients.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services around the broker's lifetime: started before it exists, and shut down while data flows. */
class BrokerLifecycleIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Duration BROKER_LATE_BY = Duration.ofSeconds(5);
    /**
     * A clean close commits or aborts at once, but the coordinator writes the markers that end the transaction
     * afterwards, which a busy machine can delay; an open transaction would stay until its 10 s timeout, counted from
     * before the close, so the wait must end well before that.
     */
    private static final Duration NO_OPEN_TRANSACTION_WITHIN = Duration.ofSeconds(5);
    private static final List<TransactionState> OPEN = List.of(TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT);

    @TempDir
    Path state;

    @Test
    void servicesStartedBeforeTheBrokerWaitForItAndThenProcess() throws Exception {
        int port = PortForwarder.freePort();
        String bootstrap = "127.0.0.1:" + port;
        List<RawArticle> articles = Corpus.variants(200);
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            Future<StreamsService> enrich = starter.submit(() -> Service.ENRICH.start(bootstrap, state,
                    "--partitions", "1", "--text-core", "PASS_THROUGH"));
            Future<StreamsService> sink = starter.submit(() -> Service.SINK.start(bootstrap, state,
                    "--partitions", "1"));
            // the point of the test: nothing listens at the address for a while
            Thread.sleep(BROKER_LATE_BY.toMillis());
            assertThat(enrich.isDone() || sink.isDone()).as("a service gave up or started without a broker")
                    .isFalse();

            try (EmbeddedKafka kafka = EmbeddedKafka.start();
                 PortForwarder broker = PortForwarder.start(port, kafka.bootstrapServers());
                 StreamsService enrichService = enrich.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                 StreamsService sinkService = sink.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                 PacedProducer producer = PacedProducer.start(Map.of("bootstrap.servers", bootstrap), articles,
                         1_000)) {
                producer.awaitDone(DEADLINE);
                CuratedCheck check = CuratedCheck.read(properties(kafka.clientProperties()),
                        articles.stream().map(RawArticle::id).toList(), DEADLINE);
                System.out.printf("Broker late by %d s: enrich %s, sink %s, no restart%n",
                        BROKER_LATE_BY.toSeconds(), enrichService.state(), sinkService.state());
                check.printAndAssertExactlyOnce("Broker late");
                assertThat(enrichService.state()).isEqualTo(KafkaStreams.State.RUNNING);
                assertThat(sinkService.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        } finally {
            starter.shutdownNow();
        }
    }

    @Test
    void gracefulShutdownWhileArticlesFlowLeavesNoOpenTransaction() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(); Admin admin = kafka.admin()) {
            StreamsService enrich = Service.ENRICH.start(kafka.bootstrapServers(), state, "--partitions", "2",
                    "--text-core", "PASS_THROUGH");
            StreamsService sink = Service.SINK.start(kafka.bootstrapServers(), state, "--partitions", "2");
            try (PacedProducer producer = PacedProducer.start(kafka.clientProperties(), Corpus.variants(3_000),
                    300)) {
                CuratedCheck.awaitAtLeast(properties(kafka.clientProperties()), 500, DEADLINE);
                long closing = System.nanoTime();
                enrich.close();
                sink.close();
                long closedMs = Duration.ofNanos(System.nanoTime() - closing).toMillis();

                List<TopicPartition> outputs = partitions(admin, List.of(Topics.ENRICHED.name(),
                        Topics.CURATED.name(), Topics.ENRICH_DLQ.name(), "sink-curated-versions-changelog"));
                Await.until("no transaction is open and read_committed reaches the log end",
                        NO_OPEN_TRANSACTION_WITHIN, () -> openTransactions(admin).isEmpty()
                                && endOffsets(admin, outputs, IsolationLevel.READ_COMMITTED)
                                .equals(endOffsets(admin, outputs, IsolationLevel.READ_UNCOMMITTED)));
                System.out.printf("Shutdown: both services closed in %d ms mid-stream (%d articles sent); "
                        + "%d transactional ids, 0 open; last stable offset = log end on %d partitions%n", closedMs,
                        producer.acknowledged(), listTransactions(admin).size(), outputs.size());
                assertThat(enrich.state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
                assertThat(listTransactions(admin)).isNotEmpty();
            }
        }
    }

    private static List<TransactionListing> openTransactions(Admin admin) {
        return listTransactions(admin).stream().filter(t -> OPEN.contains(t.state())).toList();
    }

    private static Collection<TransactionListing> listTransactions(Admin admin) {
        try {
            return admin.listTransactions().all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TopicPartition> partitions(Admin admin, List<String> topics) throws Exception {
        return admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions,
                                                        IsolationLevel isolation) {
        try {
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(),
                            p -> OffsetSpec.latest())), new ListOffsetsOptions(isolation)).all().get().entrySet()
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
