package io.newsenrich.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.stream.StreamsReset;
import io.newsenrich.stream.StreamsService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** The {@code run} command of a Streams service: wiring comes from {@link #definition}, lifecycle from here. */
public abstract class StreamsServiceCommand implements Callable<Integer> {

    @Mixin
    protected KafkaOptions kafka;

    @Mixin
    protected StreamsOptions streamsOptions;

    @Override
    public Integer call() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (StreamsService service = StreamsService.start(definition(registry), streamsOptions, registry)) {
            return service.runUntilShutdown();
        }
    }

    /** Starts the service without blocking (for the local pipeline and tests); close it to stop. */
    public StreamsService start(PrometheusMeterRegistry registry) throws Exception {
        return StreamsService.start(definition(registry), streamsOptions, registry);
    }

    /** Rewinds the service to reprocess its input from the start; the service must be stopped. */
    public int reset() {
        return StreamsReset.reset(definition(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
    }

    /** The service's topology, topics and properties; counters register on {@code registry}. */
    public abstract StreamsService.Definition definition(PrometheusMeterRegistry registry);
}
