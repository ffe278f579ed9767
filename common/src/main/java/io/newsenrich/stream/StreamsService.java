package io.newsenrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmCompilationMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.cli.StreamsOptions;
import io.newsenrich.config.DeadLetterCounter;
import io.newsenrich.config.Secrets;
import io.newsenrich.kafka.Topic;
import io.newsenrich.kafka.TopicAdmin;
import io.newsenrich.ops.OpsServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams topology as a service: creates its topics when missing (waiting for the broker if it is not
 * up yet), serves health and metrics, and shuts down within a bounded time. An uncaught stream error shuts the client
 * down and makes {@link #awaitExit()} return non-zero, so that an orchestrator restarts the process.
 */
public final class StreamsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(2);

    /** What a service runs: its name, topology, the topics it creates and reads, and its Streams properties. */
    public record Definition(String name, Topology topology, List<Topic<?, ?>> topics, List<String> inputTopics,
                             Properties properties) {
    }

    private final Definition definition;
    private final StreamsOptions options;
    private final KafkaStreams streams;
    private final Admin admin;
    private final OpsServer ops;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicReference<Boolean> topicsPresent = new AtomicReference<>(false);

    private StreamsService(Definition definition, StreamsOptions options, PrometheusMeterRegistry registry)
            throws IOException {
        this.definition = definition;
        this.options = options;
        Properties props = new Properties();
        props.putAll(definition.properties());
        Counter deadLetters = registry.counter("newsenrich.dead.letters", "service", definition.name());
        props.put(DeadLetterCounter.CONFIG, (DeadLetterCounter) stage -> deadLetters.increment());
        this.admin = Admin.create(adminProperties(props));
        this.streams = new KafkaStreams(definition.topology(), props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; shutting the service down so that it is restarted", e);
            failed.set(true);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("state {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        new KafkaStreamsMetrics(streams).bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmCompilationMetrics().bindTo(registry);
        this.ops = options.httpPort() < 0 ? null
                : OpsServer.start(options.httpPort(), this::isLive, this::isReady, registry);
    }

    /**
     * Creates the topics (waiting for the broker as long as needed) and starts processing. Returns once the streams
     * client has started; processing goes on in its threads.
     */
    public static StreamsService start(Definition definition, StreamsOptions options,
                                       PrometheusMeterRegistry registry) throws IOException, InterruptedException {
        LOG.info("starting {} with {}", definition.name(), Secrets.masked(definition.properties()));
        LOG.debug("topology of {}:\n{}", definition.name(), definition.topology().describe());
        StreamsService service = new StreamsService(definition, options, registry);
        if (service.awaitTopics()) {
            service.streams.start();
        }
        return service;
    }

    /** Runs until SIGTERM/SIGINT or a fatal stream error; returns the process exit code. */
    public int runUntilShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, definition.name() + "-shutdown"));
        return awaitExit();
    }

    /** Blocks until the service stopped; 0 after a requested shutdown, 1 after a fatal error. */
    public int awaitExit() throws InterruptedException {
        stopped.await();
        close();
        return failed.get() ? 1 : 0;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The ops HTTP port, or -1 when disabled. */
    public int httpPort() {
        return ops == null ? -1 : ops.port();
    }

    boolean isLive() {
        KafkaStreams.State state = streams.state();
        return !failed.get() && (state == KafkaStreams.State.CREATED || state.isRunningOrRebalancing());
    }

    boolean isReady() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        if (!topicsPresent.get()) {
            topicsPresent.set(TopicAdmin.allExist(admin, definition.inputTopics(), ADMIN_TIMEOUT));
        }
        return topicsPresent.get();
    }

    private boolean awaitTopics() throws InterruptedException {
        String bootstrap = definition.properties().getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        while (!closing.get()) {
            try {
                TopicAdmin.ensureTopics(admin, definition.topics(), options.partitions(),
                        options.replicationFactor(), ADMIN_TIMEOUT);
                topicsPresent.set(true);
                return true;
            } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
                LOG.warn("Kafka at {} not usable yet ({}); retrying in {} s", bootstrap, e.getMessage(),
                        RETRY_BACKOFF.toSeconds());
                if (stopped.await(RETRY_BACKOFF.toMillis(), TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Closes within the configured timeout, leaving the consumer group so partitions move at once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        LOG.info("closing {} (timeout {})", definition.name(), options.closeTimeout());
        boolean clean = streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation
                .LEAVE_GROUP).withTimeout(options.closeTimeout()));
        if (!clean) {
            LOG.warn("{} did not close within {}", definition.name(), options.closeTimeout());
        }
        admin.close(ADMIN_TIMEOUT);
        if (ops != null) {
            ops.close();
        }
        stopped.countDown();
    }

    private static Properties adminProperties(Properties streamsProps) {
        Properties props = new Properties();
        streamsProps.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (AdminClientConfig.configNames().contains(key)) {
                props.put(key, v);
            }
        });
        return props;
    }
}
