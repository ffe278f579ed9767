package io.newsenrich.cli;

import io.newsenrich.config.StreamsDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Option;

/** Options of a long-running Kafka Streams service (enrich, sink). */
public final class StreamsOptions {

    @Option(names = "--application-id", paramLabel = "ID",
            description = "Kafka Streams application id: consumer group, transactional id and internal topic prefix "
                    + "(env APP_APPLICATION_ID). Default: the service name")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Local state directory (env APP_STATE_DIR). Default: a folder under java.io.tmpdir")
    Path stateDir;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Stream threads (env APP_THREADS). Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--http-port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port of /health/live, /health/ready and /metrics; 0 picks a free one, -1 disables "
                    + "(env APP_HTTP_PORT). Default: ${DEFAULT-VALUE}")
    int httpPort;

    @Option(names = "--close-timeout", defaultValue = "PT30S", paramLabel = "DURATION",
            description = "How long a shutdown may take before the process exits anyway, ISO-8601 "
                    + "(env APP_CLOSE_TIMEOUT). Default: ${DEFAULT-VALUE}")
    Duration closeTimeout;

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "N",
            description = "Partitions of topics this service creates when missing (env APP_PARTITIONS). "
                    + "Default: ${DEFAULT-VALUE}")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", paramLabel = "N",
            description = "Replication factor of topics this service creates, internal topics included "
                    + "(env APP_REPLICATION_FACTOR). Default: ${DEFAULT-VALUE}")
    short replicationFactor;

    public String applicationId(String serviceName) {
        return applicationId == null ? serviceName : applicationId;
    }

    /** The effective Streams properties: reliability defaults, these options, then the Kafka layers of {@code kafka}. */
    public Properties properties(String serviceName, String deadLetterTopic, KafkaOptions kafka) {
        Properties defaults = StreamsDefaults.streams(applicationId(serviceName), deadLetterTopic);
        defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        defaults.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replicationFactor);
        defaults.put(StreamsConfig.STATE_DIR_CONFIG, (stateDir != null ? stateDir
                : Path.of(System.getProperty("java.io.tmpdir"), "newsenrich-streams")).toString());
        return kafka.clientProperties(defaults, System.getenv());
    }

    public Path stateDir() {
        return stateDir;
    }

    public int threads() {
        return threads;
    }

    public int httpPort() {
        return httpPort;
    }

    public Duration closeTimeout() {
        return closeTimeout;
    }

    public int partitions() {
        return partitions;
    }

    public short replicationFactor() {
        return replicationFactor;
    }
}
