package io.newsenrich.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.enrich.Enricher;
import io.newsenrich.enrich.stream.EnrichCounters;
import io.newsenrich.enrich.stream.EnrichTopology;
import io.newsenrich.kafka.RecordLimit;
import io.newsenrich.kafka.TopicAdmin;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once on a 3-broker cluster (RF 3, min ISR 2) while three faults hit mid-stream: an enrich stream thread
 * dies and is replaced, a broker goes down, and sink restarts. Every article must be curated exactly once.
 */
class ExactlyOnceUnderFaultsIT {

    private static final int ARTICLES = 10_000;
    private static final int PER_SECOND = 500;
    private static final int CRASH_AT = 2_000;
    private static final int BROKER_DOWN_AT = 4_000;
    private static final int SINK_RESTART_AT = 6_500;
    private static final int STOPPED_BROKER = 1;
    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final String[] TOPIC_ARGS = {"--partitions", "3", "--replication-factor", "3"};

    @TempDir
    Path state;

    /** Thrown by the test's counters hook: an Error, which Kafka's processing exception handler does not catch. */
    static final class InjectedCrash extends Error {
        InjectedCrash() {
            super("injected crash of the enrich stream thread");
        }
    }

    @Test
    void everyArticleIsCuratedExactlyOnceDespiteACrashABrokerLossAndASinkRestart() throws Exception {
        List<RawArticle> articles = Corpus.variants(ARTICLES);
        AtomicInteger replacedThreads = new AtomicInteger();
        long started = System.nanoTime();
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(3);
             KafkaStreams enrich = crashingEnrich(cluster.bootstrapServers(), replacedThreads)) {
            enrich.start();
            StreamsService sink = Service.SINK.start(cluster.bootstrapServers(), state, TOPIC_ARGS);
            try (PacedProducer producer = PacedProducer.start(cluster.clientProperties(), articles, PER_SECOND)) {
                Await.until("the enrich thread was replaced", DEADLINE, () -> replacedThreads.get() == 1);
                awaitSent(producer, BROKER_DOWN_AT);
                cluster.stopBroker(STOPPED_BROKER);
                awaitSent(producer, SINK_RESTART_AT);
                sink.close();
                sink = Service.SINK.start(cluster.bootstrapServers(), state, TOPIC_ARGS);
                producer.awaitDone(DEADLINE);
            }
            CuratedCheck check = CuratedCheck.read(Clients.properties(cluster.clientProperties()),
                    articles.stream().map(RawArticle::id).toList(), DEADLINE);
            sink.close();

            System.out.printf("EOS faults: enrich threads replaced %d, broker %d stopped, sink restarted once, %d s%n",
                    replacedThreads.get(), STOPPED_BROKER, Duration.ofNanos(System.nanoTime() - started).toSeconds());
            check.printAndAssertExactlyOnce("EOS");
            assertThat(replacedThreads.get()).isEqualTo(1);
            assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /**
     * enrich as its run command configures it (exactly_once_v2, dead letters, topics), but wired with a counters
     * hook that crashes the stream thread once, and an uncaught handler that replaces the thread instead of
     * stopping the service.
     */
    private KafkaStreams crashingEnrich(String bootstrap, AtomicInteger replacedThreads) throws Exception {
        StreamsService.Definition definition = Service.ENRICH.parse(Service.ENRICH.runArgs(bootstrap, state,
                TOPIC_ARGS)).definition(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        Properties props = definition.properties();
        try (Admin admin = Admin.create(props)) {
            TopicAdmin.ensureTopics(admin, definition.topics(), 3, (short) 3, Duration.ofSeconds(30));
        }
        AtomicInteger enriched = new AtomicInteger();
        EnrichCounters crashOnce = figures -> {
            if (enriched.incrementAndGet() == CRASH_AT) {
                throw new InjectedCrash();
            }
        };
        KafkaStreams streams = new KafkaStreams(EnrichTopology.buildTopology(Topics.RAW, Topics.ENRICHED,
                Enricher.passThrough(Clock.systemUTC()), crashOnce, new RecordLimit(RecordLimit.DEFAULT_MAX_BYTES)),
                props);
        streams.setUncaughtExceptionHandler(e -> {
            replacedThreads.incrementAndGet();
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        return streams;
    }

    private static void awaitSent(PacedProducer producer, int count) {
        Await.until(count + " articles sent", DEADLINE, () -> producer.acknowledged() >= count);
    }
}
