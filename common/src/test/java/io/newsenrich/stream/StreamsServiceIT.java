package io.newsenrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.cli.StreamsOptions;
import io.newsenrich.config.StreamsDefaults;
import io.newsenrich.testkit.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The service lifecycle an orchestrator relies on, against a real broker. */
class StreamsServiceIT {

    private static EmbeddedKafka kafka;

    @TempDir
    Path state;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    private StreamsOptions options() {
        StreamsOptions options = new StreamsOptions();
        new CommandLine(options).parseArgs("--http-port", "-1", "--close-timeout", "PT10S", "--partitions", "1",
                "--state-dir", state.toString());
        return options;
    }

    private static StreamsService.Definition definition(String name, String input, Runnable onRecord) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()).withName("read"))
                .foreach((k, v) -> onRecord.run(), org.apache.kafka.streams.kstream.Named.as("act"));
        Properties props = StreamsDefaults.streams(name, name + ".dlq");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return new StreamsService.Definition(name, builder.build(), List.of(), List.of(input), props);
    }

    private static void produce(String topic) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v"));
        }
    }

    @Test
    void anErrorThatEscapesTheHandlersStopsTheServiceWithExitCodeOne() throws Exception {
        kafka.createTopics(1, "fatal.in");
        StreamsService service = StreamsService.start(definition("fatal", "fatal.in", () -> {
            throw new AssertionError("a bug, not a data error");
        }), options(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return service.awaitExit();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        produce("fatal.in");

        assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(service.isLive()).isFalse();
    }

    @Test
    void closeStopsWithinTheTimeoutAndExitsZero() throws Exception {
        kafka.createTopics(1, "calm.in");
        StreamsService service = StreamsService.start(definition("calm", "calm.in", () -> { }), options(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        io.newsenrich.testkit.Await.until("running", Duration.ofSeconds(60),
                () -> service.state() == KafkaStreams.State.RUNNING);
        assertThat(service.isLive()).isTrue();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return service.awaitExit();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        long started = System.nanoTime();
        service.close();

        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(service.state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
    }
}
