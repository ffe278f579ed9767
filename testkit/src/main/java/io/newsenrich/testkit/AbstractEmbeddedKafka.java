package io.newsenrich.testkit;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real KRaft nodes running in this JVM from Kafka's own server classes, on loopback ports, with storage in a temporary
 * directory that {@link #close()} removes. Subclasses choose the layout; this class gives clients their way in.
 */
public abstract sealed class AbstractEmbeddedKafka implements AutoCloseable
        permits EmbeddedKafka, EmbeddedKafkaCluster {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractEmbeddedKafka.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int PORT_CLASH_ATTEMPTS = 3;

    private final Path root;
    private final List<KafkaNode> nodes = new ArrayList<>();
    private final Optional<ScramUser> scramUser;

    /** Formats and starts {@code specs}, all at once; on failure stops what started and removes the storage. */
    AbstractEmbeddedKafka(List<NodeSpec> specs, ClusterSettings settings) {
        this.scramUser = settings.scramUser();
        try {
            root = Files.createTempDirectory("embedded-kafka-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary directory", e);
        }
        try {
            String clusterId = Uuid.randomUuid().toString();
            List<NodeSpec> voters = specs.stream().filter(NodeSpec::isController).toList();
            for (NodeSpec spec : specs) {
                Path dir = root.resolve("node-" + spec.id());
                nodes.add(KafkaNode.format(spec, settings.serverProperties(spec, voters, dir.resolve("logs")), dir,
                        clusterId, settings.formatArguments()));
            }
            // Dedicated controllers first, so that brokers find a quorum at once instead of retrying (and warning).
            ParallelTasks.runOrThrow("starting controllers", tasks(controllersOnly(), KafkaNode::start), START_TIMEOUT);
            ParallelTasks.runOrThrow("starting brokers", tasks(brokers(), KafkaNode::start), START_TIMEOUT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The {@code bootstrap.servers} value that reaches the brokers. */
    public String bootstrapServers() {
        return brokers().stream().map(node -> node.spec().clientAddress()).collect(Collectors.joining(","));
    }

    /**
     * The client settings that reach the brokers: {@code bootstrap.servers} and, on a SCRAM-secured broker, the
     * credentials of the user it was started with. Add serializers, group id etc. on a copy.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        scramUser.ifPresent(user -> props.putAll(user.clientProperties()));
        return props;
    }

    /** The client settings that reach the brokers authenticating as {@code user} (which may be wrong on purpose). */
    public Map<String, Object> clientProperties(ScramUser user) {
        Map<String, Object> props = new HashMap<>(user.clientProperties());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** A new admin client for these brokers; the caller closes it. */
    public Admin admin() {
        return Admin.create(clientProperties());
    }

    /** Creates topics with {@code partitions} partitions each and the broker's default replication factor. */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()))
                .toList();
        try (Admin admin = admin()) {
            admin.createTopics(topics).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(names), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics " + Arrays.toString(names), e);
        }
    }

    /**
     * Stops the brokers, then the controllers (a broker's controlled shutdown needs them), and deletes the storage.
     * Each phase waits at most 30 s, so this never hangs; a node that overruns is abandoned on a daemon thread.
     */
    @Override
    public final void close() {
        stopAll(brokers());
        stopAll(controllersOnly());
        try {
            Utils.delete(root.toFile());
        } catch (IOException e) {
            LOG.warn("could not delete {}", root, e);
        }
    }

    /**
     * Calls {@code start} again (with newly reserved ports) when it failed because a port was taken between
     * reservation and bind, which another process on a busy machine can do.
     */
    static <T> T retryingPortClashes(Supplier<T> start) {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.get();
            } catch (RuntimeException e) {
                if (attempt == PORT_CLASH_ATTEMPTS || !causedByBindFailure(e)) {
                    throw e;
                }
                LOG.warn("embedded Kafka lost a reserved port, retrying: {}", e.toString());
            }
        }
    }

    private static boolean causedByBindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The broker nodes, in id order. */
    final List<KafkaNode> brokers() {
        return nodes.stream().filter(node -> node.spec().isBroker()).toList();
    }

    private List<KafkaNode> controllersOnly() {
        return nodes.stream().filter(node -> !node.spec().isBroker()).toList();
    }

    /** Starts one stopped node again, within the start timeout. */
    static void start(KafkaNode node) {
        ParallelTasks.runOrThrow("starting " + node.name(), tasks(List.of(node), KafkaNode::start), START_TIMEOUT);
    }

    /** Stops one node, within the stop timeout. */
    static void stop(KafkaNode node) {
        ParallelTasks.runOrThrow("stopping " + node.name(), tasks(List.of(node), KafkaNode::stop), STOP_TIMEOUT);
    }

    /** One task per node, named after it, for {@link ParallelTasks}. */
    private static Map<String, Runnable> tasks(List<KafkaNode> nodes, Consumer<KafkaNode> action) {
        Map<String, Runnable> tasks = new LinkedHashMap<>();
        nodes.forEach(node -> tasks.put(node.name(), () -> action.accept(node)));
        return tasks;
    }

    private static void stopAll(List<KafkaNode> nodes) {
        ParallelTasks.run(tasks(nodes, KafkaNode::stop), STOP_TIMEOUT)
                .forEach(failure -> LOG.warn("embedded Kafka did not stop cleanly", failure));
    }
}
