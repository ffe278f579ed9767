package io.newsenrich.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.enrich.Enricher;
import io.newsenrich.kafka.RecordLimit;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.RawArticle;
import io.newsenrich.text.ArticleAnalyzer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final int MAX_RECORD_BYTES = 10_000;

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private final AtomicInteger articles = new AtomicInteger();

    @BeforeEach
    void start() {
        Properties props = StreamsDefaults.streams("enrich-test", Topics.ENRICH_DLQ.name());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        Enricher enricher = Enricher.withRules(Clock.fixed(NOW, ZoneOffset.UTC));
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(Topics.RAW, Topics.ENRICHED, enricher,
                figures -> articles.incrementAndGet(), new RecordLimit(MAX_RECORD_BYTES)), props);
        raw = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(),
                Topics.RAW.valueSerde().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().deserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.ENRICH_DLQ.name(), Topics.ENRICH_DLQ.keySerde().deserializer(),
                Topics.ENRICH_DLQ.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void enrichesEachArticleUnderItsOwnKey() {
        raw.pipeInput("a1", RawArticle.of("a1", "in/a1.txt", "Headline\n\nFirst paragraph.\n", NOW));

        var record = enriched.readRecord();
        assertThat(record.key()).isEqualTo("a1");
        EnrichedArticle article = record.value();
        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.file()).isEqualTo("a1.txt");
        assertThat(article.sections().headline()).isEqualTo("Headline");
        assertThat(article.sections().body()).containsExactly("First paragraph.");
        assertThat(article.ingestedAt()).isEqualTo(NOW);
        assertThat(article.enrichedAt()).isEqualTo(NOW);
        assertThat(article.extractor()).isEqualTo(ArticleAnalyzer.version());
        assertThat(articles).hasValue(1);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void recordThatCannotBeEnrichedBecomesADeadLetterAndTheNextStillFlows() {
        raw.pipeInput("bad", new RawArticle(RawArticle.SCHEMA_VERSION, "bad", "x", null, "00", 0, NOW));
        raw.pipeInput("good", RawArticle.of("good", "good.txt", "Title\n\nText.", NOW));

        var dead = deadLetters.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
        assertThat(new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                .contains("has no text");
        assertThat(dead.headers().lastHeader("__streams.errors.exception")).isNotNull();
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
    }

    @Test
    void recordWithoutKeyBecomesADeadLetter() {
        raw.pipeInput(null, RawArticle.of("x", "x.txt", "Title\n\nText.", NOW));

        assertThat(deadLetters.getQueueSize()).isEqualTo(1);
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void deadLetterKeepsTheOriginalBytes() {
        var bytesIn = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        byte[] value = Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(),
                new RawArticle(2, "v2", "x", "text", "00", 4, NOW));
        bytesIn.pipeInput("v2".getBytes(StandardCharsets.UTF_8), value);

        assertThat(deadLetters.readRecord().value()).isEqualTo(value);
    }

    @Test
    void enrichedRecordOverTheLimitBecomesADeadLetterAndTheNextStillFlows() {
        String longText = "Headline\n\n" + "A long paragraph of words. ".repeat(MAX_RECORD_BYTES / 20);
        raw.pipeInput("long", RawArticle.of("long", "long.txt", longText, NOW));
        raw.pipeInput("short", RawArticle.of("short", "short.txt", "Title\n\nText.", NOW));

        var dead = deadLetters.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("long");
        assertThat(new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                .contains("more than the " + MAX_RECORD_BYTES);
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("short");
    }
}
