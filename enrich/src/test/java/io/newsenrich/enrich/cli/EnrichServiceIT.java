package io.newsenrich.enrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.EmbeddedKafka;
import io.newsenrich.testkit.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The enrich service as an operator runs it: health, metrics, and scale-out over partitions. */
class EnrichServiceIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedKafka kafka;

    @TempDir
    Path state;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    private StreamsService startEnrich(String instance, String... args) throws Exception {
        RunCommand command = new RunCommand();
        List<String> all = new java.util.ArrayList<>(List.of("--bootstrap-server", kafka.bootstrapServers(),
                "--state-dir", state.resolve(instance).toString()));
        all.addAll(List.of(args));
        new CommandLine(command).parseArgs(all.toArray(String[]::new));
        return command.start(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    private static Properties clientProps() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return props;
    }

    private static void produce(String topic, int from, int to) {
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(clientProps(),
                Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer())) {
            for (int i = from; i < to; i++) {
                String id = "article-" + i;
                producer.send(new ProducerRecord<>(topic, id, RawArticle.of(id, id + ".txt",
                        "Headline " + i + "\n\nPolice said " + i + " people were hurt.", Instant.now())));
            }
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHealthAndPrometheusMetrics() throws Exception {
        try (StreamsService enrich = startEnrich("ops", "--http-port", "0", "--application-id", "enrich-ops",
                "--input-topic", "ops.raw", "--output-topic", "ops.enriched")) {
            int port = enrich.httpPort();
            Await.until("enrich is running", DEADLINE, () -> enrich.state() == KafkaStreams.State.RUNNING);
            assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);
            Await.until("enrich is ready", DEADLINE, () -> status(port, "/health/ready") == 200);

            produce("ops.raw", 0, 3);
            Await.until("three articles enriched", DEADLINE,
                    () -> metrics(port).contains("newsenrich_enrich_articles_total 3.0"));
            String metrics = metrics(port);
            assertThat(metrics).contains("newsenrich_enrich_figures_total")
                    .contains("kafka_stream_thread_")
                    .contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndOneTakesOverWhenTheOtherStops() throws Exception {
        kafka.createTopics(4, "scale.raw");
        String[] args = {"--http-port", "-1", "--application-id", "enrich-scale", "--input-topic", "scale.raw",
            "--output-topic", "scale.enriched"};
        try (StreamsService first = startEnrich("first", args); StreamsService second = startEnrich("second", args)) {
            Await.until("both instances own tasks", DEADLINE,
                    () -> activeTasks(first) > 0 && activeTasks(second) > 0);
            assertThat(activeTasks(first) + activeTasks(second)).isEqualTo(4);
            produce("scale.raw", 0, 200);
            Await.until("the first 200 enriched", DEADLINE, () -> enrichedKeys(200).size() >= 200);

            first.close();
            Await.until("the second instance owns every task", DEADLINE, () -> activeTasks(second) == 4);
            produce("scale.raw", 200, 400);

            List<String> keys = enrichedKeys(400);
            assertThat(keys).hasSize(400).doesNotHaveDuplicates();
        }
    }

    private static int status(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String metrics(int port) {
        try {
            return get(port, "/metrics").body();
        } catch (Exception e) {
            return "";
        }
    }

    private static int activeTasks(StreamsService service) {
        if (service.state() != KafkaStreams.State.RUNNING) {
            return 0;
        }
        return service.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
    }

    private static List<String> enrichedKeys(int expected) {
        return TopicReader.readCommitted(clientProps(), "scale.enriched", expected, Duration.ofSeconds(1), DEADLINE)
                .stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }
}
