package io.newsenrich.systest;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.cli.StreamsServiceCommand;
import io.newsenrich.stream.StreamsService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Which service, and how its {@code run} command is parsed: the same options an operator gives. */
enum Service {
    ENRICH("io.newsenrich.enrich.cli.EnrichCommand", io.newsenrich.enrich.cli.RunCommand::new),
    SINK("io.newsenrich.sink.cli.SinkCommand", io.newsenrich.sink.cli.RunCommand::new);

    /** The main class a child JVM runs. */
    final String mainClass;
    private final Supplier<StreamsServiceCommand> command;

    Service(String mainClass, Supplier<StreamsServiceCommand> command) {
        this.mainClass = mainClass;
        this.command = command;
    }

    String stateName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code run} arguments: broker, no HTTP port, this state dir, then {@code extraArgs}. */
    List<String> runArgs(String bootstrap, Path stateRoot, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--http-port", "-1",
                "--state-dir", stateRoot.resolve(stateName()).toString()));
        args.addAll(List.of(extraArgs));
        return args;
    }

    /** The parsed run command, not started. */
    StreamsServiceCommand parse(List<String> args) {
        StreamsServiceCommand parsed = command.get();
        new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
        return parsed;
    }

    /** Starts the service in this JVM; close it to stop. */
    StreamsService start(String bootstrap, Path stateRoot, String... extraArgs) throws Exception {
        return parse(runArgs(bootstrap, stateRoot, extraArgs))
                .start(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}
