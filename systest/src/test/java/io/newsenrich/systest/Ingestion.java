package io.newsenrich.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.ingest.cli.IngestCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the ingest command as an operator does, capturing what it reports on stderr. */
final class Ingestion {

    private Ingestion() {
    }

    /** Runs {@code ingest args...}, asserts exit code 0 and returns its report. */
    static String run(String bootstrap, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--partitions", "1"));
        all.addAll(args);
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(all.toArray(String[]::new));
        assertThat(code).as("ingest exit code; it said: %s", err).isZero();
        return err.toString();
    }
}
