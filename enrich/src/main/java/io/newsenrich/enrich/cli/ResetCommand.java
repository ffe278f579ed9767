package io.newsenrich.enrich.cli;

import picocli.CommandLine.Command;

/**
 * {@code enrich reset}: with the service stopped, rewinds its input offsets, deletes its internal topics and wipes
 * its local state, so that the next {@code enrich run} reprocesses everything. Takes the same options as run.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Reset the stopped enrich service to reprocess its input from the beginning "
                + "(wraps Kafka's StreamsResetter, then cleans local state).")
final class ResetCommand extends RunCommand {

    @Override
    public Integer call() {
        return reset();
    }
}
