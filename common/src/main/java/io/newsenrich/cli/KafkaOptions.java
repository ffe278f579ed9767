package io.newsenrich.cli;

import io.newsenrich.config.ConfigFile;
import io.newsenrich.config.KafkaEnvironment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * Connection options every service shares. Kafka client properties are layered (later wins): the service's
 * reliability defaults, {@code kafka.*} keys of the config file, {@code KAFKA_*} environment variables, then
 * {@code --kafka-property} flags; {@code --bootstrap-server} sets the bootstrap servers last.
 */
public final class KafkaOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (env APP_BOOTSTRAP_SERVER). Default: ${DEFAULT-VALUE}")
    String bootstrapServer;

    @Option(names = "--config-file", paramLabel = "FILE",
            description = "Properties file: option names as keys (bootstrap-server=...), Kafka client properties "
                    + "with a 'kafka.' prefix (env APP_CONFIG_FILE)")
    Path configFile;

    @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
            description = "A Kafka client property, e.g. -X security.protocol=SASL_SSL (repeatable)")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    public String bootstrapServer() {
        return bootstrapServer;
    }

    /** The effective client properties over {@code defaults}. */
    public Properties clientProperties(Properties defaults, Map<String, String> env) {
        Properties props = new Properties();
        props.putAll(defaults);
        props.putAll(ConfigFile.kafkaProperties(ConfigFile.load(configFile)));
        props.putAll(KafkaEnvironment.properties(env));
        props.putAll(kafkaProperties);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServer);
        return props;
    }
}
