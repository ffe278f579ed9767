package io.newsenrich.local;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.cli.StreamsServiceCommand;
import io.newsenrich.stream.StreamsService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * enrich and sink started in this JVM exactly as their {@code run} commands start them (same option parsing, same
 * wiring), for the local pipeline and the end-to-end tests.
 */
public final class PipelineServices implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final StreamsService enrich;
    private final StreamsService sink;

    private PipelineServices(PrometheusMeterRegistry registry, StreamsService enrich, StreamsService sink) {
        this.registry = registry;
        this.enrich = enrich;
        this.sink = sink;
    }

    /** Starts both services on {@code bootstrap}; {@code extraArgs} are added to each run command's arguments. */
    public static PipelineServices start(String bootstrap, Path stateDir, String... extraArgs) throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StreamsService enrich = configure(new io.newsenrich.enrich.cli.RunCommand(), bootstrap,
                stateDir.resolve("enrich"), extraArgs).start(registry);
        StreamsService sink = configure(new io.newsenrich.sink.cli.RunCommand(), bootstrap,
                stateDir.resolve("sink"), extraArgs).start(registry);
        return new PipelineServices(registry, enrich, sink);
    }

    static <T extends StreamsServiceCommand> T configure(T command, String bootstrap, Path stateDir,
                                                         String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--http-port", "-1",
                "--partitions", "1", "--state-dir", stateDir.toString()));
        args.addAll(List.of(extraArgs));
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command;
    }

    public StreamsService enrich() {
        return enrich;
    }

    public StreamsService sink() {
        return sink;
    }

    /** The value of one of the services' counters, e.g. {@code newsenrich.sink.duplicates}. */
    public double counter(String name) {
        var counter = registry.find(name).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Blocks until a service stops; the larger exit code of the two. */
    public int awaitExit() throws InterruptedException {
        return Math.max(enrich.awaitExit(), sink.awaitExit());
    }

    @Override
    public void close() {
        enrich.close();
        sink.close();
    }
}
