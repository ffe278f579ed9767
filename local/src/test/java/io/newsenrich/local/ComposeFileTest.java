package io.newsenrich.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsenrich.config.AppDefaults;
import io.newsenrich.config.KafkaEnvironment;
import io.newsenrich.enrich.cli.EnrichCommand;
import io.newsenrich.ingest.cli.IngestCommand;
import io.newsenrich.kafka.Topics;
import io.newsenrich.sink.cli.SinkCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** docker-compose.yml cannot run here; this keeps it true to the code: services, topics, variables. */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static JsonNode services;

    @BeforeAll
    static void parse() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        services = compose.get("services");
    }

    private static Map<String, CommandSpec> commands() {
        return Map.of(
                "ingest", new CommandLine(new IngestCommand()).getCommandSpec(),
                "enrich", new CommandLine(new EnrichCommand()).getSubcommands().get("run").getCommandSpec(),
                "sink", new CommandLine(new SinkCommand()).getSubcommands().get("run").getCommandSpec(),
                "sink-tail", new CommandLine(new SinkCommand()).getSubcommands().get("tail").getCommandSpec());
    }

    @Test
    void declaresBrokerTopicCreationAndTheThreeServices() {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("kafka", "topics", "ingest", "enrich", "sink");
    }

    @Test
    void everyServiceIsBuiltFromAModuleWithADockerfileAndItsJar() {
        for (String service : new String[] {"ingest", "enrich", "sink"}) {
            Path context = ROOT.resolve(services.get(service).get("build").asText());
            assertThat(context.resolve("Dockerfile")).exists();
            assertThat(readString(context.resolve("Dockerfile"))).contains("target/" + service + ".jar")
                    .contains("USER ").contains("ENTRYPOINT [");
        }
    }

    @Test
    void createsExactlyTheTopicsTheCodeDeclaresWithTheirConfigs() {
        String script = services.get("topics").get("command").get(0).asText();
        Matcher create = Pattern.compile("(?m)^\\s*create (\\S+)(.*)$").matcher(script);
        Map<String, String> created = new java.util.HashMap<>();
        while (create.find()) {
            created.put(create.group(1), create.group(2).trim());
        }
        assertThat(created.keySet()).containsExactlyInAnyOrder(Topics.RAW.name(), Topics.ENRICHED.name(),
                Topics.CURATED.name(), Topics.ENRICH_DLQ.name(), Topics.SINK_DLQ.name());
        Topics.CURATED.configs().forEach((key, value) ->
                assertThat(created.get(Topics.CURATED.name())).contains("--config " + key + "=" + value));
    }

    @Test
    void everyAppVariableIsAnOptionOfItsServiceAndEveryTopicExists() {
        Set<String> topics = Set.of(Topics.RAW.name(), Topics.ENRICHED.name(), Topics.CURATED.name(),
                Topics.ENRICH_DLQ.name(), Topics.SINK_DLQ.name());
        commands().forEach((service, spec) -> {
            Set<String> known = spec.options().stream().map(OptionSpec::longestName)
                    .filter(n -> n.startsWith("--")).map(n -> AppDefaults.environmentName(n.substring(2)))
                    .collect(Collectors.toSet());
            services.get(service).get("environment").fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("APP_")) {
                    assertThat(known).as("%s of %s", e.getKey(), service).contains(e.getKey());
                }
                if (e.getKey().endsWith("_TOPIC")) {
                    assertThat(topics).as("%s of %s", e.getKey(), service).contains(e.getValue().asText());
                }
            });
        });
    }

    @Test
    void everyKafkaVariableOfAServiceIsAKafkaClientProperty() {
        Set<String> known = new HashSet<>(StreamsConfig.configDef().names());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(ProducerConfig.configNames());
        for (String service : commands().keySet()) {
            services.get(service).get("environment").fieldNames().forEachRemaining(name -> {
                if (name.startsWith("KAFKA_")) {
                    assertThat(known).as("%s of %s", name, service)
                            .contains(KafkaEnvironment.properties(Map.of(name, "x")).stringPropertyNames()
                                    .iterator().next());
                }
            });
        }
    }

    @Test
    void singleNodeBrokerCanRunExactlyOnce() {
        JsonNode env = services.get("kafka").get("environment");
        assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asInt()).isEqualTo(1);
        assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt()).isEqualTo(1);
        assertThat(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asInt()).isEqualTo(1);
    }

    @Test
    void streamsServicesStopWithinTheirGracePeriod() {
        for (String service : new String[] {"enrich", "sink"}) {
            JsonNode node = services.get(service);
            long grace = Long.parseLong(node.get("stop_grace_period").asText().replace("s", ""));
            long close = java.time.Duration.parse(node.get("environment").get("APP_CLOSE_TIMEOUT").asText())
                    .toSeconds();
            assertThat(grace).as(service).isGreaterThan(close);
            assertThat(node.get("healthcheck")).as(service).isNotNull();
            assertThat(node.get("restart").asText()).as(service).isEqualTo("unless-stopped");
        }
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
