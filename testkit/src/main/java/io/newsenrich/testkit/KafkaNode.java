package io.newsenrich.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * One KRaft process ({@link KafkaRaftServer}) with its own directory. It can be stopped and started again on the same
 * storage and ports.
 */
final class KafkaNode {

    private static final Duration STOP_AFTER_FAILED_START = Duration.ofSeconds(15);

    private final NodeSpec spec;
    private final Path configFile;
    private final KafkaConfig config;
    private volatile KafkaRaftServer server;

    private KafkaNode(NodeSpec spec, Path configFile, KafkaConfig config) {
        this.spec = spec;
        this.configFile = configFile;
        this.config = config;
    }

    /** Writes the node's server.properties under {@code dir} and formats its storage for {@code clusterId}. */
    static KafkaNode format(NodeSpec spec, Properties props, Path dir, String clusterId, List<String> formatArgs) {
        try {
            Files.createDirectories(dir);
            Path configFile = dir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "embedded KRaft node " + spec.id());
            }
            KafkaNode node = new KafkaNode(spec, configFile, KafkaConfig.fromProps(props, false));
            node.runStorageFormat(clusterId, formatArgs);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare node " + spec.id() + " in " + dir, e);
        }
    }

    NodeSpec spec() {
        return spec;
    }

    boolean isRunning() {
        return server != null;
    }

    /** Starts the node; a broker returns once the controller has unfenced it, so clients can use it at once. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            ParallelTasks.run(Map.of(name(), () -> stopServer(starting)), STOP_AFTER_FAILED_START)
                    .forEach(e::addSuppressed);
            throw e;
        }
        server = starting;
    }

    /**
     * Stops the node and waits for it; {@link ParallelTasks} bounds the wait. The storage stays for a later
     * {@link #start()}.
     */
    synchronized void stop() {
        KafkaRaftServer running = server;
        server = null;
        if (running != null) {
            stopServer(running);
        }
    }

    String name() {
        return spec.role().name().toLowerCase(Locale.ROOT) + "-" + spec.id();
    }

    private static void stopServer(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private void runStorageFormat(String clusterId, List<String> formatArgs) {
        List<String> args = new ArrayList<>(List.of("format", "-c", configFile.toString(), "-t", clusterId));
        args.addAll(formatArgs);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("formatting node " + spec.id() + " failed (" + exitCode + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }
}
