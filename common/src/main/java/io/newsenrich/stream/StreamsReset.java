package io.newsenrich.stream;

import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.tools.StreamsResetter;

/**
 * Resets a stopped service so that it reprocesses its input from the beginning: Kafka's Application Reset Tool
 * rewinds the input offsets and deletes the internal topics (changelogs), then the local state is wiped. Output
 * topics are kept; downstream sees the reprocessed records as new versions.
 */
public final class StreamsReset {

    private StreamsReset() {
    }

    /** Returns the reset tool's exit code (0: done; non-zero: nothing was wiped locally). */
    public static int reset(StreamsService.Definition definition) {
        Properties props = definition.properties();
        Properties clientProps = new Properties();
        props.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(String.valueOf(k))) {
                clientProps.put(k, v);
            }
        });
        int code = new StreamsResetter().execute(new String[] {
            "--bootstrap-server", props.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG),
            "--application-id", props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
            "--input-topics", String.join(",", definition.inputTopics()),
            "--to-earliest"}, clientProps);
        if (code == 0) {
            try (KafkaStreams streams = new KafkaStreams(definition.topology(), props)) {
                streams.cleanUp();
            }
        }
        return code;
    }
}
