package io.newsenrich.systest;

import static io.newsenrich.systest.Clients.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.enrich.Enricher;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import io.newsenrich.testkit.EmbeddedKafka;
import io.newsenrich.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records enrich cannot turn into curated articles go to its dead-letter topic, as they were sent and with Kafka's
 * {@code __streams.errors.*} headers, while the service keeps running and every valid record around them is curated.
 */
class DeadLetterIT {

    /** The broker's record limit: small, so an oversize article needs no megabytes of test data. */
    private static final int BROKER_LIMIT = 100_000;
    /** What enrich is told the broker takes: the limit less room for the key and the batch header. */
    private static final int MAX_RECORD_BYTES = BROKER_LIMIT - 1_000;
    /** Dead letters carry the input plus error headers (a stack trace), so their topic allows more than the input. */
    private static final String DEAD_LETTER_LIMIT = "1000000";
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final List<String> ERROR_HEADERS = List.of("exception", "message", "stacktrace", "topic",
            "partition", "offset");

    @TempDir
    Path state;

    private EmbeddedKafka kafka;
    private StreamsService enrich;
    private StreamsService sink;

    /** A record as it goes on the raw topic: raw bytes, so that anything can be sent. */
    record Input(String name, byte[] key, byte[] value) {
        static Input valid(String id) {
            return of(RawArticle.of(id, id + ".txt", "Headline " + id + "\n\nThe body of " + id + ".",
                    Instant.now()));
        }

        static Input of(RawArticle article) {
            return new Input(article.id(), utf8(article.id()),
                    Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), article));
        }
    }

    @BeforeEach
    void start() throws Exception {
        kafka = EmbeddedKafka.start(Map.of("message.max.bytes", String.valueOf(BROKER_LIMIT)));
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(Topics.ENRICH_DLQ.name(), Topics.SINK_DLQ.name()).stream()
                    .map(name -> new NewTopic(name, 1, (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, DEAD_LETTER_LIMIT)))
                    .toList()).all().get();
        }
        enrich = Service.ENRICH.start(kafka.bootstrapServers(), state, "--partitions", "1",
                "--text-core", "PASS_THROUGH", "--max-record-bytes", String.valueOf(MAX_RECORD_BYTES));
        sink = Service.SINK.start(kafka.bootstrapServers(), state, "--partitions", "1");
    }

    @AfterEach
    void stop() {
        if (sink != null) {
            sink.close();
        }
        if (enrich != null) {
            enrich.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void poisonPillsAreDeadLetteredAndTheValidRecordsAroundThemCurated() {
        RawArticle unsupported = RawArticle.of("unsupported", "unsupported.txt", "Headline\n\nBody.", Instant.now());
        List<Input> pills = List.of(
                new Input("not JSON", utf8("pill-text"), utf8("this is not JSON")),
                new Input("JSON of the wrong shape", utf8("pill-shape"), utf8("{\"headline\":\"no such field\"}")),
                new Input("empty value", utf8("pill-empty"), new byte[0]),
                new Input("null key", null, Input.valid("keyless").value()),
                new Input("not UTF-8", utf8("pill-latin1"), notUtf8Article()),
                // valid JSON that the enricher rejects while processing
                new Input("processing throws", utf8("pill-schema"), Input.of(new RawArticle(99, unsupported.id(),
                        unsupported.source(), unsupported.text(), unsupported.sha256(), unsupported.bytes(),
                        unsupported.ingestedAt())).value()));
        List<Input> valid = new ArrayList<>();
        List<Input> all = new ArrayList<>();
        for (int i = 0; i < pills.size(); i++) {
            Input before = Input.valid("poison-neighbour-" + i);
            valid.add(before);
            all.add(before);
            all.add(pills.get(i));
        }
        Input last = Input.valid("poison-neighbour-last");
        valid.add(last);
        all.add(last);

        send(all);
        CuratedCheck curated = CuratedCheck.read(clientProps(), valid.stream().map(Input::name).toList(), DEADLINE);
        List<ConsumerRecord<byte[], byte[]>> letters = deadLetters(pills.size());

        System.out.printf("Poison pills: %d sent, %d dead-lettered, %d of %d valid curated, enrich %s%n",
                pills.size(), letters.size(), curated.distinct(), valid.size(), enrich.state());
        curated.printAndAssertExactlyOnce("Poison neighbours");
        assertThat(letters).hasSize(pills.size());
        for (Input pill : pills) {
            ConsumerRecord<byte[], byte[]> letter = letters.stream()
                    .filter(r -> Arrays.equals(r.key(), pill.key()) && Arrays.equals(r.value(), pill.value()))
                    .findFirst().orElseThrow(() -> new AssertionError("no dead letter with the raw bytes of "
                            + pill.name()));
            assertErrorHeaders(letter, pill.name());
        }
        assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(sink.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    @Test
    void anArticleWhoseEnrichedRecordExceedsTheBrokerLimitIsDeadLetteredAndTheOthersDelivered() {
        RawArticle oversize = articleWhoseEnrichmentOutgrowsTheLimit();
        Input big = Input.of(oversize);
        Input before = Input.valid("oversize-neighbour-before");
        Input after = Input.valid("oversize-neighbour-after");

        send(List.of(before, big, after));
        CuratedCheck curated = CuratedCheck.read(clientProps(), List.of(before.name(), after.name()), DEADLINE);
        List<ConsumerRecord<byte[], byte[]>> letters = deadLetters(1);

        System.out.printf("Oversize: raw %d bytes, enriched %d bytes, broker limit %d; %d dead-lettered, "
                + "%d of 2 others curated%n", big.value().length, enrichedSize(oversize), BROKER_LIMIT,
                letters.size(), curated.distinct());
        curated.printAndAssertExactlyOnce("Oversize neighbours");
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).value()).isEqualTo(big.value());
        assertErrorHeaders(letters.get(0), "oversize");
        assertThat(new String(letters.get(0).headers().lastHeader("__streams.errors.exception").value(),
                StandardCharsets.UTF_8)).contains("InvalidRecordException");
        assertThat(new String(letters.get(0).headers().lastHeader("__streams.errors.message").value(),
                StandardCharsets.UTF_8)).contains("more than the " + MAX_RECORD_BYTES);
        assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    /**
     * An article that fits the broker, but whose enriched record does not: the enriched record repeats the source's
     * file name, so a long name makes the output outgrow the input.
     */
    private RawArticle articleWhoseEnrichmentOutgrowsTheLimit() {
        String source = "/incoming/" + "n".repeat(3_000) + ".txt";
        RawArticle empty = RawArticle.of("oversize", source, "", Instant.now());
        int overhead = Input.of(empty).value().length;
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < BROKER_LIMIT - overhead - 1_500) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        RawArticle article = RawArticle.of("oversize", source, text.toString(), Instant.now());
        assertThat(Input.of(article).value().length).as("raw record fits").isLessThan(BROKER_LIMIT - 1_000);
        assertThat(enrichedSize(article)).as("enriched record does not fit").isGreaterThan(BROKER_LIMIT + 1_000);
        return article;
    }

    private static int enrichedSize(RawArticle article) {
        return Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(),
                Enricher.passThrough(Clock.systemUTC()).enrich(article)).length;
    }

    private static void assertErrorHeaders(ConsumerRecord<byte[], byte[]> letter, String what) {
        for (String header : ERROR_HEADERS) {
            assertThat(letter.headers().lastHeader("__streams.errors." + header)).as(what + ": " + header)
                    .isNotNull();
        }
        assertThat(new String(letter.headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8))
                .as(what).isEqualTo(Topics.RAW.name());
    }

    /** A raw-article JSON whose text holds a Latin-1 byte, invalid in UTF-8. */
    private static byte[] notUtf8Article() {
        String json = new String(Input.valid("latin1").value(), StandardCharsets.UTF_8);
        return json.replace("The body", "Caf\u00e9 body").getBytes(StandardCharsets.ISO_8859_1);
    }

    private void send(List<Input> inputs) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            inputs.forEach(input -> producer.send(new ProducerRecord<>(Topics.RAW.name(), input.key(),
                    input.value())));
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLetters(int expected) {
        return TopicReader.readCommitted(clientProps(), Topics.ENRICH_DLQ.name(), expected, Duration.ofSeconds(2),
                DEADLINE);
    }

    private Properties clientProps() {
        return properties(kafka.clientProperties());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
