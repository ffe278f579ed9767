package io.newsenrich.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsenrich.ingest.IngestReport;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.Figure;
import io.newsenrich.model.Json;
import io.newsenrich.sink.CuratedSchema;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.EmbeddedKafka;
import io.newsenrich.testkit.TopicReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The seed through a real broker: ingest -> enrich -> sink, replays, and a poison record. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static final Path SEED = ROOT.resolve("seeds/000_bf921deb08cbc33a.txt");
    private static final Path GOLD = Path.of(System.getProperty("shared.dir", "../../shared"))
            .resolve("gold/000_bf921deb08cbc33a.json");
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path state;

    private static EmbeddedKafka kafka;
    private static PipelineServices services;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        services = PipelineServices.start(kafka.bootstrapServers(), state);
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void seedBecomesOneCuratedRecordWithTheGoldSectionsAndFigures() throws Exception {
        IngestReport report = ingest(SEED);
        assertThat(report.sent()).isEqualTo(1);

        List<ConsumerRecord<byte[], byte[]>> curated = read(Topics.CURATED.name(), 1);
        assertThat(curated).hasSize(1);
        assertThat(new String(curated.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("000_bf921deb08cbc33a");
        JsonNode json = Json.mapper().readTree(curated.get(0).value());
        assertThat(new CuratedSchema().violations(json)).isEmpty();

        CuratedArticle article = Json.mapper().treeToValue(json, CuratedArticle.class);
        JsonNode gold = Json.mapper().readTree(GOLD.toFile());
        JsonNode goldSections = gold.get("sections");
        assertThat(article.sections().headline()).isEqualTo(goldSections.get("headline").asText());
        assertThat(article.sections().standfirst()).isEqualTo(goldSections.get("standfirst").asText());
        assertThat(article.sections().byline()).containsExactly(goldSections.get("byline").get(0).asText());
        assertThat(article.sections().body()).hasSize(23);
        assertThat(article.figures()).extracting(Figure::text, f -> f.value().stripTrailingZeros())
                .containsExactly(
                        figure("80 years", 80), figure("10 days", 10), figure("574 drones", 574),
                        figure("40 missiles", 40), figure("one person was killed", 1), figure("22 injured", 22));
        assertThat(article.figures().get(4).qualifier()).isEqualTo("at least");
        assertThat(article.figures()).noneMatch(f -> f.text().contains("five") || f.text().contains("2022"));
        assertThat(article.dates()).extracting(d -> d.value()).contains("2022");
        assertThat(article.version()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void replayingTheSeedTwiceStillGivesOneCuratedRecord() throws Exception {
        double before = services.counter("newsenrich.sink.duplicates");
        ingest(SEED);
        ingest(SEED);
        Await.until("both replays reach the sink", DEADLINE,
                () -> services.counter("newsenrich.sink.duplicates") >= before + 2);

        assertThat(curatedKeys()).containsExactly("000_bf921deb08cbc33a");
    }

    @Test
    @Order(3)
    void poisonRecordGoesToTheDeadLetterTopicWhileTheSeedStillFlows(@TempDir Path dir) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(clientProps(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), "poison".getBytes(StandardCharsets.UTF_8),
                    "this is not JSON".getBytes(StandardCharsets.UTF_8))).get();
        }
        Path copy = dir.resolve("second-seed.txt");
        java.nio.file.Files.copy(SEED, copy);
        ingest(copy);

        List<ConsumerRecord<byte[], byte[]>> dead = read(Topics.ENRICH_DLQ.name(), 1);
        assertThat(dead).hasSize(1);
        ConsumerRecord<byte[], byte[]> letter = dead.get(0);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("this is not JSON");
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
        for (String header : List.of("exception", "message", "stacktrace", "topic", "partition", "offset")) {
            assertThat(letter.headers().lastHeader("__streams.errors." + header)).as(header).isNotNull();
        }
        assertThat(new String(letter.headers().lastHeader("__streams.errors.topic").value(),
                StandardCharsets.UTF_8)).isEqualTo(Topics.RAW.name());

        Await.until("the article after the poison record is curated", DEADLINE,
                () -> curatedKeys().contains("second-seed"));
        assertThat(services.enrich().state().isRunningOrRebalancing()).isTrue();
    }

    private static Tuple figure(String text, int value) {
        return Tuple.tuple(text, BigDecimal.valueOf(value));
    }

    private static IngestReport ingest(Path file) throws InterruptedException {
        return LocalPipeline.ingest(kafka.bootstrapServers(), List.of(file));
    }

    private static Properties clientProps() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return props;
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(String topic, int expected) {
        return TopicReader.readCommitted(clientProps(), topic, expected, Duration.ofSeconds(1), DEADLINE);
    }

    private static List<String> curatedKeys() {
        return read(Topics.CURATED.name(), 0).stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                .toList();
    }
}
