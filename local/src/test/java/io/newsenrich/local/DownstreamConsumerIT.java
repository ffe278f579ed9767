package io.newsenrich.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.newsenrich.ingest.IngestReport;
import io.newsenrich.kafka.Topics;
import io.newsenrich.testkit.EmbeddedKafka;
import io.newsenrich.testkit.TopicReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A downstream consumer that knows nothing of this code base but the published JSON Schema: it reads the curated
 * topic (read_committed) after a replay of real articles and validates every record against the schema file.
 */
class DownstreamConsumerIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static final Path SCHEMA = ROOT.resolve("model/src/main/resources/schemas/curated-article-v1.schema.json");
    private static final Path CORPUS = Path.of(System.getProperty("shared.dir", "../../shared")).resolve("corpus");

    @TempDir
    Path state;

    @Test
    void everyCuratedRecordOfARealReplayValidatesAgainstThePublishedSchema() throws Exception {
        List<Path> articles = sample(20);
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             PipelineServices services = PipelineServices.start(kafka.bootstrapServers(), state)) {
            IngestReport report = LocalPipeline.ingest(kafka.bootstrapServers(), articles);
            assertThat(report.sent()).isEqualTo(articles.size());

            Properties props = new Properties();
            props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(props, Topics.CURATED.name(),
                    articles.size(), Duration.ofSeconds(1), Duration.ofSeconds(90));

            JsonSchema schema = schema();
            ObjectMapper plainJackson = new ObjectMapper();
            assertThat(records).hasSize(articles.size());
            for (ConsumerRecord<byte[], byte[]> record : records) {
                JsonNode json = plainJackson.readTree(record.value());
                assertThat(schema.validate(json)).as(new String(record.key(), StandardCharsets.UTF_8)).isEmpty();
                assertThat(json.get("id").asText()).isEqualTo(new String(record.key(), StandardCharsets.UTF_8));
            }
            assertThat(records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).distinct())
                    .hasSize(articles.size());
        }
    }

    /** The first {@code perCorpus} readable articles of each corpus, in path order; ids are unique across both. */
    private static List<Path> sample(int perCorpus) throws IOException {
        try (Stream<Path> bbc = Files.walk(CORPUS.resolve("bbc/politics"));
             Stream<Path> ptc = Files.walk(CORPUS.resolve("ptc/train-articles"))) {
            return Stream.concat(
                    bbc.filter(p -> p.toString().endsWith(".txt")).sorted().limit(perCorpus),
                    ptc.filter(p -> p.toString().endsWith(".txt")).sorted().limit(perCorpus)).toList();
        }
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
