package io.newsenrich.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.Caption;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.Figure;
import io.newsenrich.model.Sections;
import io.newsenrich.sink.CuratedSchema;
import io.newsenrich.sink.Curator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, CuratedArticle> curated;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private final AtomicInteger duplicates = new AtomicInteger();

    @BeforeEach
    void start() {
        Properties props = StreamsDefaults.streams("sink-test", Topics.SINK_DLQ.name());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        SinkCounters counters = new SinkCounters() {
            @Override
            public void curated() {
            }

            @Override
            public void duplicate() {
                duplicates.incrementAndGet();
            }
        };
        driver = new TopologyTestDriver(SinkTopology.buildTopology(Topics.ENRICHED, Topics.CURATED,
                new Curator(new CuratedSchema(), Clock.fixed(NOW, ZoneOffset.UTC)), counters), props);
        enriched = driver.createInputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer());
        curated = driver.createOutputTopic(Topics.CURATED.name(), Topics.CURATED.keySerde().deserializer(),
                Topics.CURATED.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.SINK_DLQ.name(), Topics.SINK_DLQ.keySerde().deserializer(),
                Topics.SINK_DLQ.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static EnrichedArticle article(String id, String hash, List<Figure> figures) {
        return article(id, hash, figures, "test");
    }

    static EnrichedArticle article(String id, String hash, List<Figure> figures, String extractor) {
        Sections sections = new Sections("Headline", null, List.of(new Caption("A caption.", "Jo Doe/Agency")),
                List.of("Body with 3 drones."), List.of(), List.of(), List.of("Jo Writer"), null, null);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, id + ".txt", "in/" + id + ".txt", hash,
                sections, figures, List.of(), extractor, NOW, NOW);
    }

    static Figure drones(int start) {
        return new Figure("3 drones", BigDecimal.valueOf(3), List.of("drones"), "count", null, false, null, start,
                start + 8, "Body with 3 drones.", "body");
    }

    @Test
    void curatesAValidArticleAsVersionOne() {
        enriched.pipeInput("a", article("a", HASH_A, List.of(drones(20))));

        var record = curated.readRecord();
        assertThat(record.key()).isEqualTo("a");
        CuratedArticle article = record.value();
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.contentHash()).isEqualTo(HASH_A);
        assertThat(article.figures()).hasSize(1);
        assertThat(article.processing().curatedAt()).isEqualTo(NOW);
        assertThat(article.schemaVersion()).isEqualTo(CuratedArticle.SCHEMA_VERSION);
    }

    @Test
    void sameIdAndTextAgainIsDroppedAsDuplicate() {
        enriched.pipeInput("a", article("a", HASH_A, List.of()));
        enriched.pipeInput("a", article("a", HASH_A, List.of()));
        enriched.pipeInput("a", article("a", HASH_A, List.of()));

        assertThat(curated.readValuesToList()).hasSize(1);
        assertThat(duplicates).hasValue(2);
    }

    @Test
    void changedTextGivesANewVersion() {
        enriched.pipeInput("a", article("a", HASH_A, List.of()));
        enriched.pipeInput("a", article("a", HASH_B, List.of()));

        assertThat(curated.readValuesToList()).extracting(CuratedArticle::version).containsExactly(1, 2);
    }

    @Test
    void sameTextEnrichedByNewRulesGivesANewVersion() {
        enriched.pipeInput("a", article("a", HASH_A, List.of(), "rules-1"));
        enriched.pipeInput("a", article("a", HASH_A, List.of(), "rules-2"));
        enriched.pipeInput("a", article("a", HASH_A, List.of(), "rules-2"));

        assertThat(curated.readValuesToList()).extracting(CuratedArticle::version).containsExactly(1, 2);
    }

    @Test
    void invalidRecordGoesToTheDeadLetterTopicAndOthersFlow() {
        Figure broken = new Figure("3 drones", BigDecimal.valueOf(3), List.of("drones"), "count", null, false, null,
                20, 99, "s", "body");
        enriched.pipeInput("bad", article("bad", HASH_A, List.of(broken)));
        enriched.pipeInput("badhash", article("badhash", "not-a-hash", List.of()));
        enriched.pipeInput("ok", article("ok", HASH_A, List.of()));

        assertThat(curated.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("ok");
        var dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("bad",
                "badhash");
        assertThat(new String(dead.get(0).headers().lastHeader("__streams.errors.message").value(),
                StandardCharsets.UTF_8)).contains("offsets");
        assertThat(new String(dead.get(1).headers().lastHeader("__streams.errors.message").value(),
                StandardCharsets.UTF_8)).contains("violates the schema");
    }

    @Test
    void keyThatDiffersFromTheArticleIdIsRejected() {
        enriched.pipeInput("other", article("a", HASH_A, List.of()));

        assertThat(curated.isEmpty()).isTrue();
        assertThat(deadLetters.getQueueSize()).isEqualTo(1);
    }
}
