package io.newsenrich.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Kafka client properties from {@code KAFKA_*} environment variables, named as the apache/kafka image names them:
 * {@code KAFKA_MAX_POLL_RECORDS -> max.poll.records}; {@code ___} stands for '-', {@code __} for '_'.
 */
public final class KafkaEnvironment {

    /** JVM launcher variables of Kafka's scripts, never client properties. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("KAFKA_HEAP_OPTS", "KAFKA_OPTS",
            "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_JMX_OPTS", "KAFKA_DEBUG");

    private KafkaEnvironment() {
    }

    public static Properties properties(Map<String, String> environment) {
        Properties props = new Properties();
        environment.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !LAUNCHER_VARIABLES.contains(name)) {
                props.setProperty(propertyName(name), value);
            }
        });
        return props;
    }

    static String propertyName(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT)
                .replace("___", "-")
                .replace("__", "\u0000")
                .replace('_', '.')
                .replace('\u0000', '_');
    }
}
