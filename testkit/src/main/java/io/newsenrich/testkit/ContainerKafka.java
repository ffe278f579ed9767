package io.newsenrich.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A single-node Kafka in a Docker container, started with Testcontainers' {@link KafkaContainer}. The image comes from
 * the system property {@value #IMAGE_PROPERTY} (default {@value #DEFAULT_IMAGE}, which
 * {@code tools/testcontainers-setup.sh} builds without a registry) and must behave like {@code apache/kafka}: it
 * turns {@code KAFKA_*} environment variables into server properties. The broker gets the same test defaults as
 * {@link EmbeddedKafka} (replication 1, min ISR 1, so transactions and {@code exactly_once_v2} work).
 *
 * <p>Needs {@code org.testcontainers:testcontainers-kafka} on the classpath (testkit declares it optional) and a
 * Docker engine; clients reach the broker through a port mapped on the Docker host.
 */
public final class ContainerKafka implements KafkaBroker {

    /** System property naming the Docker image to run. */
    public static final String IMAGE_PROPERTY = "newsenrich.kafka.image";
    /** The image {@code tools/testcontainers-setup.sh} builds. */
    public static final String DEFAULT_IMAGE = "local/kafka:4.4.0";

    // the embedded broker's budget plus the container's own start, on a machine other builds share
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final DockerImageName APACHE_KAFKA = DockerImageName.parse("apache/kafka");

    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    /** Starts a broker with the test defaults. */
    public static ContainerKafka start() {
        return start(Map.of());
    }

    /** Starts a broker whose server properties are the test defaults overridden by {@code brokerOverrides}. */
    public static ContainerKafka start(Map<String, String> brokerOverrides) {
        Map<String, String> properties = new LinkedHashMap<>(ClusterSettings.brokerDefaults(1, 1));
        properties.putAll(brokerOverrides);
        DockerImageName image = DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
                .asCompatibleSubstituteFor(APACHE_KAFKA);
        KafkaContainer container = new KafkaContainer(image)
                .withEnv(environment(properties))
                .withStartupTimeout(START_TIMEOUT);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
        return new ContainerKafka(container);
    }

    /** Whether Testcontainers finds a Docker engine (it looks once per JVM). */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** The {@code KAFKA_*} environment variables that the image turns into {@code brokerProperties}. */
    static Map<String, String> environment(Map<String, String> brokerProperties) {
        Map<String, String> env = new LinkedHashMap<>();
        brokerProperties.forEach((key, value) -> env.put(environmentVariable(key), value));
        return env;
    }

    /**
     * The apache/kafka image's naming: upper case with {@code _} for {@code .}, so a literal {@code _} is written
     * {@code __} and a {@code -} is written {@code ___}.
     */
    static String environmentVariable(String brokerProperty) {
        String escaped = brokerProperty.replace("_", "__").replace("-", "___").replace('.', '_');
        return "KAFKA_" + escaped.toUpperCase(Locale.ROOT);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** Stops and removes the container, and with it the broker's storage. */
    @Override
    public void close() {
        container.close();
    }
}
