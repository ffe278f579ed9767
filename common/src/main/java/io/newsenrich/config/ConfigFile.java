package io.newsenrich.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A service's properties file: option names as keys ({@code bootstrap-server=...}) and Kafka client properties
 * under a {@code kafka.} prefix ({@code kafka.max.poll.records=100}).
 */
public final class ConfigFile {

    private static final String KAFKA_PREFIX = "kafka.";

    private ConfigFile() {
    }

    /** The file's properties; empty when {@code path} is null. */
    public static Properties load(Path path) {
        Properties props = new Properties();
        if (path == null) {
            return props;
        }
        try (Reader reader = Files.newBufferedReader(path)) {
            props.load(reader);
            return props;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The Kafka client properties of a loaded file, prefix removed. */
    public static Properties kafkaProperties(Properties file) {
        Properties props = new Properties();
        file.stringPropertyNames().stream()
                .filter(k -> k.startsWith(KAFKA_PREFIX))
                .forEach(k -> props.setProperty(k.substring(KAFKA_PREFIX.length()), file.getProperty(k)));
        return props;
    }
}
